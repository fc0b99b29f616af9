package org.tongxin.committee.application;

/** Lays a contact card out as a printable PDF with a QR code of the card page's address. */
public interface CardPrinter {

    byte[] print(CardDetails card, String cardUrl);
}

package org.tongxin.committee.application;

import java.util.List;

/** Lays member login slips out as a printable A4 sheet, four slips to a page, to be cut apart and handed out. */
public interface SlipPrinter {

    /** One slip: who, which committee, the login and its one-time password. */
    record Slip(String name, String organisationName, String committeeName, String username, String oneTimePassword)
            implements java.io.Serializable {}

    byte[] print(List<Slip> slips, String loginAddress);
}

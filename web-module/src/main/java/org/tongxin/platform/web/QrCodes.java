package org.tongxin.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** QR codes for the pages' EL ({@code #{qr.svg(address, name)}}): an address shown with its code and copy button. */
@Named("qr")
@ApplicationScoped
public class QrCodes {

    /** The address as an inline SVG QR code named {@code name} for screen readers; empty for no address. */
    public String svg(String address, String name) {
        return address == null || address.isBlank() ? "" : QrSvg.of(address, name);
    }
}

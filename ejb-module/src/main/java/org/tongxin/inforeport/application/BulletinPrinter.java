package org.tongxin.inforeport.application;

/** Lays out a bulletin issue in the usual bulletin form. */
public interface BulletinPrinter {

    byte[] pdf(BulletinView bulletin);

    byte[] docx(BulletinView bulletin);
}

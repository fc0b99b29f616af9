package org.tongxin.inforeport.application;

/** Lays out a bulletin issue in the usual bulletin form. */
public interface BulletinPrinter {

    byte[] pdf(BulletinDetails bulletin);

    byte[] docx(BulletinDetails bulletin);
}

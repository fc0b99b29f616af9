package org.tongxin.inforeport.application;

import java.time.ZoneId;

/** Lays out a bulletin issue in the usual bulletin form, dated in the publishing organisation's zone. */
public interface BulletinPrinter {

    byte[] pdf(BulletinDetails bulletin, ZoneId zone);

    byte[] docx(BulletinDetails bulletin, ZoneId zone);
}

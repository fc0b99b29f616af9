package org.tongxin.inforeport.application;

import java.time.LocalDate;
import java.util.List;

/** Bulletin issues of the caller's organisation: editors publish them, editors and leaders read and download them. */
public interface BulletinService {

    /**
     * Publishes the next issue with every report the organisation adopted in the period and that no issue
     * carries yet; refused when there is none.
     */
    BulletinDetails publish(String title, LocalDate from, LocalDate to);

    List<BulletinDetails> bulletins();

    BulletinDetails bulletin(long id);

    byte[] pdf(long id);

    byte[] docx(long id);
}

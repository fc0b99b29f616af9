package org.tongxin.studyhall.domain;

/** The zones of an academy: book display (图书陈列区), reading area, activity area, lecture hall (政协讲堂). */
public enum Zone {
    BOOK_DISPLAY,
    READING,
    ACTIVITY,
    LECTURE_HALL
}

package org.tongxin.home.application;

/** The signed-in person's home page (and {@code GET /api/v1/me/home}). */
public interface HomeService {

    /** How many items each list of the home carries at most (the totals count them all). */
    int FIRST = 5;

    /** Days after which a report waiting in an editor's queue counts as waiting too long. */
    int LONG_WAIT_DAYS = 7;

    Home home();
}

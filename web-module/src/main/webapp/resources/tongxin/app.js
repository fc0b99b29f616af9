/* Tongxin's helpers for the pages of the layout (a file, not inline: the Content-Security-Policy allows scripts from 'self'). */
window.tongxin = window.tongxin || {};

/**
 * Extender of a p:schedule: weeks start on Monday, as calendars in China do (FullCalendar's firstDay). PrimeFaces
 * sets firstDay from its own locale, whose zh and en both start on Sunday; the extender runs after that.
 */
window.tongxin.mondayFirst = function () {
    this.cfg.options.firstDay = 1;
};

/* Tongxin's helpers for the pages of the layout (a file, not inline: the Content-Security-Policy allows scripts from 'self'). */
window.tongxin = window.tongxin || {};

/**
 * Extender of a p:schedule: weeks start on Monday, as calendars in China do (FullCalendar's firstDay). PrimeFaces
 * sets firstDay from its own locale, whose zh and en both start on Sunday; the extender runs after that.
 */
window.tongxin.mondayFirst = function () {
    this.cfg.options.firstDay = 1;
};

/**
 * The header's menu button (shown on phones, at most 640 px): opens and closes the navigation and says so in
 * aria-expanded; Esc closes it and gives the focus back to the button.
 */
document.addEventListener('DOMContentLoaded', function () {
    var toggle = document.getElementById('menuToggle');
    var nav = document.getElementById('nav');
    if (!toggle || !nav) {
        return;
    }
    var set = function (open) {
        nav.classList.toggle('tx-nav-open', open);
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    };
    toggle.addEventListener('click', function () {
        set(!nav.classList.contains('tx-nav-open'));
    });
    nav.addEventListener('keydown', function (e) {
        if (e.key === 'Escape' && nav.classList.contains('tx-nav-open')) {
            set(false);
            toggle.focus();
        }
    });
});

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

/**
 * Copy buttons beside an address (WEB-INF/includes/address.xhtml): a click copies the text of the element named by
 * data-copy and says so in the button's status region. The Clipboard API where the page may use it, else a selected
 * text area and the copy command. Delegated from the document, so addresses shown by an ajax update work too.
 */
window.tongxin.copy = function (button) {
    var source = document.getElementById(button.getAttribute('data-copy'));
    var status = document.getElementById(button.getAttribute('data-copy') + 'Status');
    var text = source ? source.textContent.trim() : '';
    var say = function (ok) {
        if (status) {
            status.textContent = button.getAttribute(ok ? 'data-copied' : 'data-copy-failed');
        }
    };
    var fallback = function () {
        var area = document.createElement('textarea');
        area.value = text;
        area.setAttribute('readonly', '');
        area.style.position = 'fixed';
        area.style.opacity = '0';
        document.body.appendChild(area);
        area.select();
        var ok = false;
        try {
            ok = document.execCommand('copy');
        } catch (e) {
            ok = false;
        }
        document.body.removeChild(area);
        button.focus();
        say(ok);
    };
    if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () { say(true); }, fallback);
    } else {
        fallback();
    }
};
document.addEventListener('click', function (e) {
    var button = e.target.closest ? e.target.closest('button[data-copy]') : null;
    if (button) {
        window.tongxin.copy(button);
    }
});

/**
 * Names the option lists of the select menus (p:selectOneMenu): PrimeFaces 15 builds a menu's list
 * (role=listbox, id <menu>_items) when its panel first opens, without a name, so a screen reader announced a nameless
 * list (axe: aria-input-field-name). The list takes its menu's label (p:outputLabel for=…), or the menu's own
 * aria-label. Run on load and whenever the page gains elements (an ajax update, a panel built on opening).
 */
window.tongxin.nameListboxes = function () {
    document.querySelectorAll('[role="listbox"][id$="_items"]:not([aria-label]):not([aria-labelledby])').forEach(function (list) {
        var base = list.id.slice(0, -'_items'.length);
        var label = document.querySelector('label[for="' + base + '_focus"], label[for="' + base + '_input"], label[for="' + base + '"]');
        var text = label ? label.textContent.replace(/\*/g, '').trim() : '';
        if (!text) {
            var focus = document.getElementById(base + '_focus') || document.getElementById(base + '_input');
            text = focus ? (focus.getAttribute('aria-label') || '').trim() : '';
        }
        if (text) {
            list.setAttribute('aria-label', text);
        }
    });
};
document.addEventListener('DOMContentLoaded', function () {
    window.tongxin.nameListboxes();
    new MutationObserver(function (records) {
        if (records.some(function (r) { return r.addedNodes.length > 0; })) {
            window.tongxin.nameListboxes();
        }
    }).observe(document.body, {childList: true, subtree: true});
});

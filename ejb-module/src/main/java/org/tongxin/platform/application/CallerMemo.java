package org.tongxin.platform.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;

/**
 * The callers already checked in this request. A page calls several services (the layout's menu and
 * notifications, then the page's own lists) and each asked the database for the same account again;
 * the account is read once per request now. A change to an account in this request empties it, so a
 * request that changes roles or disables someone sees the change in its next call.
 */
@RequestScoped
public class CallerMemo {

    private final Map<String, Caller> callers = new HashMap<>(4);

    Caller get(String username) {
        return callers.get(username);
    }

    void put(String username, Caller caller) {
        callers.put(username, caller);
    }

    void clear() {
        callers.clear();
    }
}

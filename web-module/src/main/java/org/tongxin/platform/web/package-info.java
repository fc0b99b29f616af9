/** Platform pages (login, home, profile, organisations, accounts, audit trail, policy) and their shared web support. */
package org.tongxin.platform.web;

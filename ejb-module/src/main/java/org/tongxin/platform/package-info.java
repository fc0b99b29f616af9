/** Platform context: organisations, accounts, roles, audit trail, clock and i18n support shared by every domain context. */
package org.tongxin.platform;

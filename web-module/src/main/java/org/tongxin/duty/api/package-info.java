/** The duty API: /api/v1/duty/** and a member's record at /api/v1/members/{id}/duty. */
package org.tongxin.duty.api;

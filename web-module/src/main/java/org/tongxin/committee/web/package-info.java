/** Pages of the committee context: the roster, a member's profile, the special committees. */
package org.tongxin.committee.web;

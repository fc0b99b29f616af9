/** Pages of the duty context: a member's record, recording acts by hand, the ranking, the rule sets (under /committee/, where they always were). */
package org.tongxin.duty.web;

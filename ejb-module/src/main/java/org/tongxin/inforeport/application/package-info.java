/**
 * The information reports' service: every move of the state machine, checked for the caller's role and
 * level, recorded on the report's path, and credited to the authors' duty records through DutyEvent in
 * the same transaction.
 */
package org.tongxin.inforeport.application;

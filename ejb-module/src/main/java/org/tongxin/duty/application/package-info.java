/** The duty service and the published language other contexts credit duty with (DutyEvent, DutyWithdrawn, DutyCategory, DutyRole, SourceRef). */
package org.tongxin.duty.application;

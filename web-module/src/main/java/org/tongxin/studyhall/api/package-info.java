/** The study hall's REST resources under {@code /api/v1/studyhall} and its iCal writer. */
package org.tongxin.studyhall.api;

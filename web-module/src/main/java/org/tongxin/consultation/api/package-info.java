/** Consultation's REST resources under /api/v1/consultation. */
package org.tongxin.consultation.api;

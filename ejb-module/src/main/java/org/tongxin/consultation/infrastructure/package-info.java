/** Consultation's JPA repository and demo data. */
package org.tongxin.consultation.infrastructure;

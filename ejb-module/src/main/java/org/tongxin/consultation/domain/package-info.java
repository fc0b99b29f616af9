/** Consultation (协商议政): the annual plan, its items, shape rule, task lists and amendments, with their rules. */
package org.tongxin.consultation.domain;

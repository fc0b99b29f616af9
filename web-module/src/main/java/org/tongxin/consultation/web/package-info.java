/** Consultation's pages: the plans of a year, one plan, the task lists. */
package org.tongxin.consultation.web;

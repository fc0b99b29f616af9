/** Consultation's services: the annual plan (PlanService) and its getting-started step. */
package org.tongxin.consultation.application;

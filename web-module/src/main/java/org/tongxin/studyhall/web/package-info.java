/** The study hall's pages: calendar, booking, approvals, activities and check-in, spaces and calendar. */
package org.tongxin.studyhall.web;

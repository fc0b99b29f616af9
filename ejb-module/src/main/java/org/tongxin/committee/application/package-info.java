/** The roster service: search, profiles and dated changes, with personal data shown only to those who may see it. */
package org.tongxin.committee.application;

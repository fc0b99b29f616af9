/** JPA storage of the study hall, its calendar feed writer and its demo data. */
package org.tongxin.studyhall.infrastructure;

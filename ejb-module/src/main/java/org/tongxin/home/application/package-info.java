/**
 * The home page's read model (issue 20): what each role of the signed-in person has to do now, asked of each context
 * through its application service (never its tables), each count filtered in the database by the caller's
 * organisations. Nothing depends on this package.
 */
package org.tongxin.home.application;

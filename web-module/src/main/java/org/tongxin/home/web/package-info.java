/** The home page (index.xhtml): what each role of the signed-in person has to do now. */
package org.tongxin.home.web;

/**
 * The remote interfaces and the serialisable records they take and answer: everything the EJB client jar
 * ({@code org.tongxin:ejb-module:<version>:jar:client}) carries, and nothing else of the platform.
 */
package org.tongxin.remote.client;

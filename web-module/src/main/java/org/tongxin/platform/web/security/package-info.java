/** How people and systems sign in: one Jakarta Security mechanism for the login form (session) and the API (HTTP Basic). */
package org.tongxin.platform.web.security;

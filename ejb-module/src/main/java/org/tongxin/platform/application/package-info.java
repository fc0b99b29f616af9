/** Platform application services: the transactional, role-checked entry points the web module calls. */
package org.tongxin.platform.application;

/** The {@code @Stateless} beans behind the remote interfaces: they map records and call one application service. */
package org.tongxin.remote.application;

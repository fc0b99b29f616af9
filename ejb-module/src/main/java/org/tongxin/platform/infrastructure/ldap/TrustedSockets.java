package org.tongxin.platform.infrastructure.ldap;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;

/**
 * The socket factory JNDI uses for {@code ldaps://} when the deployment names its own trust store
 * ({@code java.naming.ldap.factory.socket} needs a class with a static {@code getDefault()}).
 */
public final class TrustedSockets extends SocketFactory {

    private static volatile SSLSocketFactory factory = (SSLSocketFactory) SSLSocketFactory.getDefault();

    static void use(SSLSocketFactory f) {
        factory = f;
    }

    public static SocketFactory getDefault() {
        return new TrustedSockets();
    }

    @Override
    public Socket createSocket() throws IOException {
        return factory.createSocket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return factory.createSocket(host, port);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return factory.createSocket(host, port, localHost, localPort);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return factory.createSocket(host, port);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return factory.createSocket(address, port, localAddress, localPort);
    }
}

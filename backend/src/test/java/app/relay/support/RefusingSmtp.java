package app.relay.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small real SMTP server for tests that answers `550` to one recipient, as a mail server does for an unknown
 * mailbox, and takes every other letter (keeping their recipients). Speaks just enough SMTP for a client to send.
 */
public final class RefusingSmtp implements AutoCloseable {
    private final ServerSocket server;
    private final String refused;
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final List<Socket> sessions = new CopyOnWriteArrayList<>();

    public RefusingSmtp(int port, String refusedRecipient) throws IOException {
        this.server = new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1"));
        this.refused = refusedRecipient;
        Thread acceptor = new Thread(this::serve, "refusing-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The recipients of the letters taken. */
    public List<String> accepted() {
        return accepted;
    }

    private void serve() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                sessions.add(client);
                Thread session = new Thread(() -> session(client), "refusing-smtp-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void session(Socket socket) {
        try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII)) {
            reply(out, "220 refusing-smtp ready");
            String recipient = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 refusing-smtp");
                    case "MAIL", "RSET" -> {
                        recipient = null;
                        reply(out, "250 2.1.0 OK");
                    }
                    case "RCPT" -> {
                        recipient = line.indexOf('<') < 0 ? line.substring(line.indexOf(':') + 1).strip()
                                : line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
                        reply(out, recipient.equalsIgnoreCase(refused) ? "550 5.1.1 No such mailbox here" : "250 2.1.5 OK");
                    }
                    case "DATA" -> {
                        reply(out, "354 go on");
                        for (String body = in.readLine(); body != null && !body.equals("."); body = in.readLine()) {
                            // the letter itself is not kept
                        }
                        accepted.add(recipient);
                        reply(out, "250 2.0.0 taken");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 OK"); // NOOP
                }
            }
        } catch (SocketException closed) {
            // the client or the test went away
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void reply(Writer out, String line) throws IOException {
        out.write(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        // Pooled client connections must not outlive the test: the next letters go to the real mail catcher. Reset,
        // not closed politely, so that the port is free at once for it (no TIME_WAIT on this side).
        for (Socket session : sessions) {
            if (!session.isClosed()) {
                session.setSoLinger(true, 0);
                session.close();
            }
        }
    }
}

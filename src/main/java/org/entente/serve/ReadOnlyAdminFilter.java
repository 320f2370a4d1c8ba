package org.entente.serve;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets only reading requests ({@code GET}, {@code HEAD}, {@code OPTIONS}) through to the server's
 * {@code /$/} status endpoints; any other method gets {@code 405 Method Not Allowed}. The status
 * endpoints this server enables change nothing, so this is a guard against later additions.
 */
final class ReadOnlyAdminFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (READING.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Allow", "GET, HEAD, OPTIONS");
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "This server is read-only");
    }
}

//! Links built from imported data: only absolute `http:` and `https:` URLs pass.
//!
//! Browsers are lenient with URLs: they drop tabs and newlines anywhere (`java\tscript:`), trim
//! control characters and spaces at both ends, read `\` as `/`, and accept `user@host`. Each of
//! these has been used to smuggle `javascript:` or a look-alike host past a filter, so instead of
//! cleaning the input this check refuses anything that needs cleaning.

/// The URL when it is an absolute http(s) URL with a host and nothing a browser would rewrite;
/// `None` otherwise. The scheme is returned in lower case, the rest as given.
pub fn safe_http_url(url: &str) -> Option<String> {
    // Whitespace, ASCII and C1 controls, and the invisible format characters browsers or
    // readers may drop or show differently.
    let suspicious = |c: char| {
        c.is_whitespace()
            || c.is_control()
            || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
            || c == '\\'
    };
    if url.is_empty() || url.len() > 8192 || url.chars().any(suspicious) {
        return None;
    }
    let colon = url.find(':')?;
    let scheme = url[..colon].to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let rest = url[colon + 1..].strip_prefix("//")?;
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..authority_end];
    // "https://trusted.example@evil.example/" shows one host and opens another.
    if authority.contains('@') {
        return None;
    }
    let host = match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().filter(|h| !h.is_empty())?,
        None => authority.split(':').next().unwrap_or(""),
    };
    let port = authority.rsplit_once("]:").map(|(_, p)| p).or_else(|| {
        (!authority.starts_with('['))
            .then(|| authority.split_once(':').map(|(_, p)| p))
            .flatten()
    });
    if host.is_empty() || host.starts_with('.') || host.contains("..") {
        return None;
    }
    if port.is_some_and(|p| p.is_empty() || p.len() > 5 || !p.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    Some(format!("{scheme}:{}", &url[colon + 1..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_and_https_urls_pass_with_the_scheme_in_lower_case() {
        assert_eq!(
            safe_http_url("https://www.example.org/readout?id=1#p2").as_deref(),
            Some("https://www.example.org/readout?id=1#p2")
        );
        assert_eq!(
            safe_http_url("HTTP://example.org").as_deref(),
            Some("http://example.org")
        );
        assert!(safe_http_url("http://127.0.0.1:8080/x").is_some());
        assert!(safe_http_url("https://[2001:db8::1]:443/").is_some());
        assert!(safe_http_url("https://例え.テスト/パス").is_some());
    }

    #[test]
    fn other_schemes_are_refused() {
        for url in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "file:///etc/passwd",
            "ftp://example.org/",
            "blob:https://example.org/uuid",
            "httpx://example.org",
        ] {
            assert_eq!(safe_http_url(url), None, "{url}");
        }
    }

    #[test]
    fn relative_and_hostless_urls_are_refused() {
        for url in [
            "",
            "/readout/1",
            "//evil.example/x",
            "example.org",
            "https:example.org",
            "https:///path",
            "https://",
            "https://:80/",
            "https://a..b/",
            "https://host:/",
            "https://host:99999999/",
        ] {
            assert_eq!(safe_http_url(url), None, "{url:?}");
        }
    }

    #[test]
    fn whitespace_control_and_lookalike_tricks_are_refused() {
        for url in [
            " https://example.org",
            "https://example.org ",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "\u{1}javascript:alert(1)",
            "https://example.org/\u{0}",
            "https:\\\\evil.example",
            "https://example.org\\@evil.example",
            "https://trusted.example@evil.example/",
            "https://user:pass@example.org/",
            "https://exa\u{200B}mple.org/",
            "https://example.org/\u{202E}fdp.exe",
            "\u{FEFF}https://example.org",
        ] {
            assert_eq!(safe_http_url(url), None, "{url:?}");
        }
    }
}

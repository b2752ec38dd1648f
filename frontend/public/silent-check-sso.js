// keycloak-js's silent check-sso page reports back to the app; a file, not inline, so the CSP needs no exception.
parent.postMessage(location.href, location.origin);

use hmac::{Hmac, Mac};
use sha2::Sha256;
use subtle::ConstantTimeEq;

type HmacSha256 = Hmac<Sha256>;

/// Verifies the issuer's webhook signature: base64(HMAC-SHA256(secret, "{id}.{timestamp}.{body}")).
pub fn verify(secret: &str, id: &str, ts: &str, body: &[u8], signature: &str) -> bool {
    let key = secret.strip_prefix("whsec_").unwrap_or(secret);
    let Ok(key) = base64::decode(key) else { return false };
    let mut mac = HmacSha256::new_from_slice(&key).expect("hmac key");
    mac.update(format!("{id}.{ts}.").as_bytes());
    mac.update(body);
    let expected = base64::encode(mac.finalize().into_bytes());
    signature
        .split(' ')
        .filter_map(|s| s.strip_prefix("v1,"))
        .any(|s| s.as_bytes().ct_eq(expected.as_bytes()).into())
}

#[cfg(test)]
mod tests {
    use super::*;

    // Test vector from the Standard Webhooks spec (the secret is the spec's published example, not ours).
    const SPEC_SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"; ⟦D wh-spec-secret⟧
    const SPEC_ID: &str = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    const SPEC_TS: &str = "1614265330";
    const SPEC_SIG: &str = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="; ⟦D wh-spec-sig⟧

    #[test]
    fn verifies_spec_vector() {
        let body = br#"{"test": 2432232314}"#;
        assert!(verify(SPEC_SECRET, SPEC_ID, SPEC_TS, body, SPEC_SIG));
    }

    #[test]
    fn rejects_tampered_body() {
        assert!(!verify(SPEC_SECRET, SPEC_ID, SPEC_TS, b"{}", SPEC_SIG));
    }
}

package vn.trienkhai.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The signature block: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / name". */
@Embeddable
public record Signer(
        @Column(name = "signer_authority") String authority,
        @Column(name = "signer_title") String title,
        @Column(name = "signer_name") String name) {
}

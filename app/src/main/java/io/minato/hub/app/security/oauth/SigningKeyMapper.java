package io.minato.hub.app.security.oauth;

import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SigningKeyMapper {

    Optional<KeyRow> active();

    /** 0 when another instance created the active key first. */
    int insertActive(@Param("keyId") String keyId, @Param("publicKey") String publicKey,
                     @Param("privateKey") String privateKey);

    /**
     * @param publicKey  X.509 SubjectPublicKeyInfo, base64
     * @param privateKey PKCS#8, base64, encrypted ({@code v1:…})
     */
    record KeyRow(String keyId, String publicKey, String privateKey) {
    }
}

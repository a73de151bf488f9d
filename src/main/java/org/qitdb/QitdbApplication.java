package org.qitdb;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@OpenAPIDefinition(
        info = @Info(title = "qitdb API", version = "1.0.0",
                description = "The database of Quantum Information Technology (QIT) standards: QKD, QKDN and quantum-safe "
                        + "documents of ITU-T, ETSI, ISO/IEC, IEEE, IETF/IRTF, CEN-CENELEC, CCSA and others. Reads are public; "
                        + "writes need `Authorization: Bearer <token>`. Every error is an RFC 9457 `application/problem+json` document.",
                contact = @Contact(name = "qitdb maintainers", url = "https://qitdb.org"),
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        tags = {
                @Tag(name = "Standards", description = "QIT standards: search, read and write single entries"),
                @Tag(name = "Reference data", description = "Organizations, groups and the topic tree")
        })
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "API token: `Authorization: Bearer <token>`")
public class QitdbApplication extends Application {
}

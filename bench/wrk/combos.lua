-- Realistic filter combinations: organization + status + topic, built from the topics each SDO works on.
local ORG_TOPICS = {
   { "ITU-T", { "qkdn", "qkdn-key-management", "qkdn-architecture", "qkdn-control-management", "qkdn-security",
                "qkd-security", "quantum-safe-cryptography", "qkdn-interfaces", "qkd" } },
   { "ETSI", { "qkd", "qkd-components", "qkd-security", "qkd-protocols", "qkd-evaluation-testing",
               "qkdn-interfaces", "quantum-safe-cryptography" } },
   { "ISO/IEC", { "qkd-security", "qkd-evaluation-testing", "quantum-computing", "quantum-safe-cryptography", "qit" } },
   { "IETF", { "quantum-safe-cryptography" } },
   { "IRTF", { "quantum-networking", "qit" } },
   { "CCSA", { "qkdn", "qkd" } },
   { "NIST", { "quantum-safe-cryptography" } },
   { "CEN-CENELEC", { "qit-roadmaps", "qit" } },
}
local STATUSES = { "published", "in-development", "superseded" }

local combos = {}
for _, ot in ipairs(ORG_TOPICS) do
   for _, topic in ipairs(ot[2]) do
      for _, status in ipairs(STATUSES) do
         combos[#combos + 1] = { organization = ot[1], status = status, topic = topic }
      end
   end
end
return combos

#!/usr/bin/env python3
"""Generate synthetic but realistic qitdb standards for benchmarks.

Writes N entries (default 100000) in the shape POST /api/v1/standards accepts
(organization, group, identifier, aliases, title, summary, documentType, status,
sdoStatus, version, publicationDate, expectedDate, topics, keywords, url, relations).

* Organizations are skewed like the real QIT landscape: ITU-T, ETSI and ISO/IEC
  dominate; IETF/IRTF, IEEE, CEN-CENELEC, national bodies are light.
* Groups are the real groups of each organization (as in the seed data); topics
  are existing topic slugs picked by group affinity (1-3 per entry, mostly
  leaves, sometimes with their parent).
* Identifiers follow each SDO's style but use number ranges the seed data does
  not use (ITU-T Y.38NNN, ETSI GS QKD 1NNN, ISO/IEC 9NNNN-P, RFC 2NNNN, ...).
  Uniqueness per organization is guaranteed under the server's normalization
  (case, spaces, dots, hyphens and leading zeros ignored; organization-name
  prefix stripped), for identifiers and aliases together.
* Output is deterministic for a given --seed and --count.

Usage:
  generate.py [--count N] [--seed S] [--format ndjson|json|csv] [--out FILE|-]
Standard library only.
"""

import argparse
import csv
import json
import random
import sys
import unicodedata

# --------------------------------------------------------------------------
# Reference facts (mirrors src/main/resources/seed/{organizations,groups,topics}.json)
# --------------------------------------------------------------------------

ORG_NAMES = {
    "ITU-T": ["ITU-T", "itu-t", "International Telecommunication Union - Telecommunication Standardization Sector", "ITU", "ITU-T SG"],
    "ETSI": ["ETSI", "etsi", "European Telecommunications Standards Institute"],
    "ISO/IEC": ["ISO/IEC", "iso-iec", "ISO/IEC Joint Technical Committees (JTC 1, JTC 3)", "ISO-IEC", "ISO/IEC JTC 1", "JTC 1", "ISO/IEC JTC 3"],
    "ISO": ["ISO", "iso", "International Organization for Standardization"],
    "IEC": ["IEC", "iec", "International Electrotechnical Commission"],
    "IEEE": ["IEEE", "ieee", "IEEE Standards Association", "IEEE SA", "IEEE-SA"],
    "IETF": ["IETF", "ietf", "Internet Engineering Task Force"],
    "IRTF": ["IRTF", "irtf", "Internet Research Task Force"],
    "CEN-CENELEC": ["CEN-CENELEC", "cen-cenelec", "CEN/CENELEC", "CEN", "CENELEC"],
    "CCSA": ["CCSA", "ccsa", "China Communications Standards Association"],
    "TEC": ["TEC", "tec", "Telecommunication Engineering Centre (India)"],
    "TTA": ["TTA", "tta", "Telecommunications Technology Association (Korea)"],
    "QED-C": ["QED-C", "qed-c", "QEDC", "Quantum Economic Development Consortium"],
    "NIST": ["NIST", "nist", "National Institute of Standards and Technology"],
    "SCA": ["SCA", "sca", "OSCCA", "State Cryptography Administration (China)"],
    "MIIT": ["MIIT", "miit", "Ministry of Industry and Information Technology (China)"],
}

# organization -> weight (share of entries)
ORG_WEIGHTS = [
    ("ITU-T", 28.0), ("ETSI", 22.0), ("ISO/IEC", 18.0), ("IETF", 5.0), ("IRTF", 4.0),
    ("CCSA", 4.0), ("IEC", 3.0), ("IEEE", 3.0), ("CEN-CENELEC", 3.0), ("NIST", 2.5),
    ("ISO", 2.0), ("TTA", 1.5), ("MIIT", 1.2), ("TEC", 1.0), ("SCA", 1.0), ("QED-C", 0.8),
]

# organization -> [(group code or None, weight)]
GROUPS = {
    "ITU-T": [("SG13", 45), ("SG17", 25), ("SG11", 12), ("SG15", 10), ("FG QIT4N", 5), ("JCA-QKDN", 3)],
    "ETSI": [("ISG QKD", 60), ("TC CYBER", 30), ("ISG QSC", 10)],
    "ISO/IEC": [("JTC 1/SC 27", 45), ("JTC 3", 35), ("JTC 1/WG 14", 20)],
    "ISO": [(None, 1)],
    "IEC": [("TC 86", 60), ("SEG 14", 40)],
    "IEEE": [("P1913 WG", 40), (None, 60)],
    "IETF": [("PQUIP", 70), (None, 30)],
    "IRTF": [("QIRG", 1)],
    "CEN-CENELEC": [("JTC 22", 80), ("FG QT", 20)],
    "CCSA": [("ST7", 1)],
    "NIST": [("PQC", 1)],
    "TEC": [(None, 1)], "TTA": [(None, 1)], "QED-C": [(None, 1)], "SCA": [(None, 1)], "MIIT": [(None, 1)],
}

TOPIC_PARENT = {
    "qit": None, "qkd": "qit", "qkd-protocols": "qkd", "qkd-components": "qkd", "qkd-security": "qkd",
    "qkd-evaluation-testing": "qkd", "qkdn": "qkd", "qkdn-architecture": "qkdn", "qkdn-key-management": "qkdn",
    "qkdn-control-management": "qkdn", "qkdn-interfaces": "qkdn", "qkdn-security": "qkdn",
    "qkdn-interworking": "qkdn", "qkdn-qos": "qkdn", "qkdn-applications": "qkdn",
    "quantum-safe-cryptography": "qit", "quantum-networking": "qit", "quantum-computing": "qit",
    "quantum-random-number-generation": "qit", "quantum-metrology-sensing": "qit", "qit-terminology": "qit",
    "qit-use-cases": "qit", "qit-roadmaps": "qit",
}

# (organization, group) or organization -> weighted topic affinity
AFFINITY = {
    ("ITU-T", "SG13"): [("qkdn-architecture", 20), ("qkdn-key-management", 18), ("qkdn-control-management", 15),
                        ("qkdn-interworking", 10), ("qkdn-qos", 8), ("qkdn-applications", 8), ("qkdn-interfaces", 6),
                        ("quantum-networking", 6), ("qit-use-cases", 4), ("qkdn", 5)],
    ("ITU-T", "SG17"): [("qkdn-security", 30), ("qkd-security", 20), ("quantum-safe-cryptography", 18),
                        ("qkd-evaluation-testing", 12), ("qkd-protocols", 8), ("qkdn-key-management", 8),
                        ("quantum-random-number-generation", 4)],
    ("ITU-T", "SG11"): [("qkdn-interfaces", 30), ("qkdn-control-management", 25), ("qkd-evaluation-testing", 25),
                        ("qkdn-key-management", 10), ("qkd-protocols", 10)],
    ("ITU-T", "SG15"): [("qkd-components", 35), ("quantum-networking", 25), ("qkdn-interworking", 20),
                        ("quantum-metrology-sensing", 10), ("qkdn-architecture", 10)],
    ("ITU-T", "FG QIT4N"): [("qit-use-cases", 30), ("qit-terminology", 20), ("quantum-networking", 25),
                            ("qit-roadmaps", 15), ("quantum-computing", 10)],
    ("ITU-T", "JCA-QKDN"): [("qit-roadmaps", 50), ("qkdn", 30), ("qit-terminology", 20)],
    ("ETSI", "ISG QKD"): [("qkd-protocols", 15), ("qkd-components", 20), ("qkd-security", 18), ("qkd-evaluation-testing", 15),
                          ("qkdn-interfaces", 12), ("qkdn-key-management", 8), ("qit-terminology", 4), ("qit-use-cases", 4),
                          ("qkdn-control-management", 4)],
    ("ETSI", "TC CYBER"): [("quantum-safe-cryptography", 80), ("qit-use-cases", 10), ("qkdn-security", 10)],
    ("ETSI", "ISG QSC"): [("quantum-safe-cryptography", 85), ("qit-use-cases", 15)],
    ("ISO/IEC", "JTC 1/SC 27"): [("qkd-security", 30), ("qkd-evaluation-testing", 30), ("quantum-safe-cryptography", 25),
                                 ("quantum-random-number-generation", 15)],
    ("ISO/IEC", "JTC 3"): [("quantum-computing", 30), ("quantum-metrology-sensing", 20), ("quantum-networking", 15),
                           ("qit-terminology", 15), ("quantum-random-number-generation", 10), ("qkd-components", 10)],
    ("ISO/IEC", "JTC 1/WG 14"): [("qit-terminology", 40), ("quantum-computing", 45), ("qit-roadmaps", 15)],
    "ISO": [("quantum-metrology-sensing", 50), ("qit-terminology", 25), ("quantum-computing", 25)],
    ("IEC", "TC 86"): [("qkd-components", 70), ("quantum-metrology-sensing", 30)],
    ("IEC", "SEG 14"): [("qit-roadmaps", 60), ("qit-terminology", 25), ("qit-use-cases", 15)],
    "IEEE": [("quantum-networking", 35), ("qkdn-control-management", 25), ("qkdn-interfaces", 20), ("quantum-computing", 20)],
    ("IETF", "PQUIP"): [("quantum-safe-cryptography", 1)],
    "IETF": [("quantum-safe-cryptography", 80), ("qkdn-interfaces", 10), ("quantum-networking", 10)],
    "IRTF": [("quantum-networking", 70), ("qit-use-cases", 15), ("qkdn-key-management", 15)],
    "CEN-CENELEC": [("qit-roadmaps", 25), ("qit-use-cases", 20), ("quantum-computing", 15), ("quantum-metrology-sensing", 15),
                    ("qkd-evaluation-testing", 15), ("quantum-networking", 10)],
    "CCSA": [("qkdn-architecture", 25), ("qkd-components", 20), ("qkd-evaluation-testing", 20), ("qkdn-key-management", 20),
             ("quantum-random-number-generation", 15)],
    "NIST": [("quantum-safe-cryptography", 90), ("quantum-random-number-generation", 10)],
    "SCA": [("quantum-safe-cryptography", 60), ("qkd-security", 20), ("qkd-components", 20)],
    "MIIT": [("qkdn-architecture", 40), ("qkd-components", 35), ("qkdn-applications", 25)],
    "TEC": [("qkdn", 30), ("qkd-evaluation-testing", 40), ("quantum-safe-cryptography", 30)],
    "TTA": [("qkd-protocols", 35), ("qkdn-interfaces", 35), ("qkd-evaluation-testing", 30)],
    "QED-C": [("qit-use-cases", 35), ("qit-roadmaps", 25), ("quantum-computing", 20), ("quantum-metrology-sensing", 20)],
}

# topic -> subjects used in titles, summaries and keywords
SUBJECTS = {
    "qit": ["quantum information technology"],
    "qkd": ["quantum key distribution", "QKD systems"],
    "qkdn": ["quantum key distribution networks", "QKDN"],
    "qkd-protocols": ["BB84 protocol", "decoy-state QKD", "continuous-variable QKD", "measurement-device-independent QKD",
                      "twin-field QKD", "entanglement-based QKD", "information reconciliation", "privacy amplification"],
    "qkd-components": ["QKD modules", "single-photon detectors", "quantum transmitters", "quantum receivers",
                       "optical components for QKD", "QKD over optical fibre", "satellite QKD links", "wavelength division multiplexing of QKD"],
    "qkd-security": ["implementation security of QKD modules", "security proofs for QKD", "side-channel attacks on QKD",
                     "trojan-horse attack countermeasures", "security requirements for QKD modules"],
    "qkd-evaluation-testing": ["conformance testing of QKD systems", "protection profiles for QKD modules",
                               "test methods for QKD devices", "security evaluation of QKD", "characterization of QKD components"],
    "qkdn-architecture": ["functional architecture of QKDN", "QKDN overview", "functional requirements of QKDN",
                          "layered architecture of QKD networks", "trusted node architecture"],
    "qkdn-key-management": ["key management", "key relay", "key supply", "trusted node key relay", "key combination",
                            "key lifecycle management", "key manager interfaces", "key relay over trusted nodes"],
    "qkdn-control-management": ["control and management of QKDN", "SDN control of QKD networks", "QKDN orchestration",
                                "resilience of QKD networks", "fault management in QKDN", "routing in QKD networks"],
    "qkdn-interfaces": ["application interfaces of QKD systems", "key delivery API", "REST-based key delivery",
                        "QKD protocol stack interfaces", "interfaces between key managers", "YANG models for QKD nodes"],
    "qkdn-security": ["security framework for QKDN", "threats and security measures in QKDN",
                      "security requirements for QKDN", "trusted node security", "key management security"],
    "qkdn-interworking": ["interworking of QKD networks", "federation of QKD networks", "integration of QKDN with optical transport networks",
                          "QKDN interworking with 5G networks", "multi-domain QKD networks"],
    "qkdn-qos": ["quality of service for QKDN", "QoS assurance in QKD networks", "key rate guarantees",
                 "performance metrics of QKD networks"],
    "qkdn-applications": ["QKDN-enabled services", "QKD-secured VPN", "QKD for data centre interconnects",
                          "QKD for financial networks", "QKD-as-a-service"],
    "quantum-safe-cryptography": ["post-quantum cryptography", "post-quantum migration", "quantum-safe migration",
                                  "hybrid key exchange", "ML-KEM key encapsulation", "ML-DSA signatures",
                                  "crypto-agility", "quantum-safe virtual private networks", "post-quantum TLS",
                                  "migration to post-quantum cryptography", "quantum-safe public key infrastructure"],
    "quantum-networking": ["quantum internet", "entanglement distribution", "quantum repeaters", "quantum network architecture",
                           "entanglement swapping", "quantum memories", "teleportation-based networks"],
    "quantum-computing": ["quantum computing", "quantum computer benchmarking", "quantum processors",
                          "quantum computing services", "quantum algorithms"],
    "quantum-random-number-generation": ["quantum random number generators", "QRNG entropy sources",
                                         "randomness extraction", "QRNG evaluation"],
    "quantum-metrology-sensing": ["quantum metrology", "quantum sensing", "quantum clocks", "quantum gravimeters",
                                  "single-photon metrology"],
    "qit-terminology": ["terminology for quantum information technology", "vocabulary of quantum technologies",
                        "definitions for QKD networks"],
    "qit-use-cases": ["use cases of quantum information technology", "QKD use cases", "application scenarios for quantum networks"],
    "qit-roadmaps": ["standardization roadmap for quantum technologies", "landscape of QIT standards",
                     "gap analysis of quantum standardization"],
}

ASPECTS = ["Requirements", "Functional requirements", "Functional architecture", "Framework", "Overview",
           "Protocols", "Security requirements", "Test methods", "Interfaces", "Control and management",
           "Specification", "Guidelines", "Use cases", "Conformance testing", "Performance metrics",
           "Reference model", "Data models", "Implementation guidance", "Design principles", "Evaluation methodology"]

VERBS = ["specifies", "describes", "defines", "provides", "gives an overview of", "analyses"]

SUMMARY_OBJECTS = ["requirements", "a functional architecture", "a framework", "protocols", "security requirements",
                   "test methods", "interfaces", "procedures", "guidelines", "use cases", "performance metrics",
                   "a reference model", "data models", "the migration path", "an evaluation methodology"]

CONTEXTS = ["quantum key distribution networks", "QKD networks", "QKDN", "trusted node networks",
            "software-defined networking", "optical transport networks", "IMT-2020 networks", "mobile backhaul",
            "satellite QKD links", "data centre interconnects", "access networks", "metropolitan networks",
            "critical infrastructure", "financial services", "the quantum internet", "hybrid classical-quantum networks"]

KEYWORDS = ["QKD", "QKDN", "key relay", "trusted node", "key management", "key supply", "BB84", "CV-QKD", "MDI-QKD",
            "entanglement", "quantum repeater", "post-quantum", "PQC migration", "ML-KEM", "ML-DSA", "hybrid key exchange",
            "crypto-agility", "QRNG", "SDN", "YANG", "REST API", "key delivery", "quantum internet", "security evaluation",
            "protection profile", "side channel", "privacy amplification", "QoS", "orchestration", "interworking"]

AUTHORS = ["lopez", "chen", "wang", "zhang", "li", "kumar", "martin", "dahlberg", "kozlowski", "wehner", "mueller",
           "tanaka", "sato", "kim", "park", "nguyen", "rossi", "garcia", "dupont", "smith", "jones", "patel",
           "ahmed", "ivanov", "sousa", "hansen", "novak", "meyer", "okafor", "silva"]

DRAFT_WORDS = ["pq", "hybrid", "kem", "mlkem", "tls", "ikev2", "ssh", "cms", "x509", "composite", "sigs", "migration",
               "qkd", "relay", "key", "delivery", "api", "yang", "sdn", "entanglement", "routing", "repeater",
               "architecture", "usecases", "terminology", "security", "framework", "requirements", "multiplane",
               "control", "plane", "applications", "resource", "management"]

ABBREV = ["kr", "km", "ks", "cm", "qos", "sec", "arch", "fr", "req", "iw", "fed", "sdn", "app", "nfv", "ml", "ai",
          "res", "tn", "qn", "qr"]

# (status, weight)
STATUSES = [("published", 70), ("in-development", 12), ("superseded", 8), ("planned", 5), ("withdrawn", 5)]

SDO_STATUS = {
    "ITU-T": {"published": ["In force"], "in-development": ["Under study", "Consented", "Determined"],
              "planned": ["Proposed"], "superseded": ["Superseded"], "withdrawn": ["Deleted"]},
    "ETSI": {"published": ["Published"], "in-development": ["Draft", "Stable draft"], "planned": ["New work item"],
             "superseded": ["Historical"], "withdrawn": ["Withdrawn"]},
    "ISO/IEC": {"published": ["60.60", "90.93"], "in-development": ["20.00", "30.99", "40.20", "50.00"],
                "planned": ["00.00", "PWI"], "superseded": ["95.99"], "withdrawn": ["95.99"]},
    "ISO": {"published": ["60.60"], "in-development": ["40.20", "30.60"], "planned": ["00.60"],
            "superseded": ["95.99"], "withdrawn": ["95.99"]},
    "IEC": {"published": ["60.60"], "in-development": ["ACD", "CDV"], "planned": ["PNW"],
            "superseded": ["95.99"], "withdrawn": ["95.99"]},
    "IEEE": {"published": ["Active"], "in-development": ["Active PAR"], "planned": ["PAR proposed"],
             "superseded": ["Superseded"], "withdrawn": ["Inactive-Withdrawn"]},
    "IETF": {"published": ["Proposed Standard", "Informational"], "in-development": ["Active Internet-Draft"],
             "planned": ["Individual submission"], "superseded": ["Obsoleted"], "withdrawn": ["Expired"]},
    "IRTF": {"published": ["Informational"], "in-development": ["Active Internet-Draft", "RG document"],
             "planned": ["Individual submission"], "superseded": ["Replaced"], "withdrawn": ["Expired"]},
}

ORG_URL = {
    "ITU-T": "https://www.itu.int/rec/T-REC-{slug}/",
    "ETSI": "https://www.etsi.org/deliver/{slug}/",
    "ISO/IEC": "https://www.iso.org/standard/{num}.html",
    "ISO": "https://www.iso.org/standard/{num}.html",
    "IEC": "https://webstore.iec.ch/publication/{num}",
    "IEEE": "https://standards.ieee.org/ieee/{slug}/{num}/",
    "IETF": "https://datatracker.ietf.org/doc/{slug}/",
    "IRTF": "https://datatracker.ietf.org/doc/{slug}/",
    "CEN-CENELEC": "https://www.cencenelec.eu/standards/{slug}",
    "CCSA": "https://www.ccsa.org.cn/standards/{slug}",
    "NIST": "https://csrc.nist.gov/pubs/{slug}/final",
    "TEC": "https://www.tec.gov.in/standards/{slug}",
    "TTA": "https://www.tta.or.kr/standard/{slug}",
    "QED-C": "https://quantumconsortium.org/publication/{slug}/",
    "SCA": "https://www.oscca.gov.cn/standards/{slug}",
    "MIIT": "https://www.miit.gov.cn/standards/{slug}",
}

# --------------------------------------------------------------------------
# Identifier key, as the server computes it (IdentifierNormalizer)
# --------------------------------------------------------------------------

WORD_SPELLINGS = {"suppl": "sup", "supplement": "sup", "corr": "cor", "corrigendum": "cor",
                  "amendment": "amd", "addendum": "add"}


def _tokens(text):
    text = unicodedata.normalize("NFKC", " ".join(text.split()))
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if not c.isalnum():
            i += 1
            continue
        digits = c.isdigit()
        start = i
        while i < n and text[i].isalnum() and text[i].isdigit() == digits:
            i += 1
        out.append((text[start:i].lower(), digits))
    return out


_PREFIX_CACHE = {}


def _prefixes(org):
    if org not in _PREFIX_CACHE:
        prefixes = [[t for t, _ in _tokens(name)] for name in ORG_NAMES[org]]
        _PREFIX_CACHE[org] = sorted([p for p in prefixes if p], key=len, reverse=True)
    return _PREFIX_CACHE[org]


def identifier_key(org, raw):
    toks = _tokens(raw)
    for prefix in _prefixes(org):
        if len(prefix) < len(toks) and [t for t, _ in toks[:len(prefix)]] == prefix:
            toks = toks[len(prefix):]
            break
    key = []
    prev_digits = False
    for idx, (text, digits) in enumerate(toks):
        if idx > 0 and prev_digits and digits:
            key.append("-")
        if digits:
            key.append(text.lstrip("0") or "0")
        else:
            key.append(WORD_SPELLINGS.get(text, text))
        prev_digits = digits
    return "".join(key)


# --------------------------------------------------------------------------
# Generator
# --------------------------------------------------------------------------

class Generator:
    def __init__(self, seed):
        self.rnd = random.Random(seed)
        self.keys = {org: set() for org in ORG_NAMES}
        self.counters = {}
        self.bases = {org: [] for org in ORG_NAMES}  # published base documents for amendments/corrigenda
        self.recent = {org: [] for org in ORG_NAMES}  # recent identifiers for relations
        self.amend_counts = {}
        self.iso_part = {}
        years = list(range(1995, 2027))
        self.years = years
        self.year_weights = [0.4 + max(0, y - 2008) ** 1.7 for y in years]

    # -- helpers
    def pick(self, weighted):
        items = [w[0] for w in weighted]
        weights = [w[1] for w in weighted]
        return self.rnd.choices(items, weights)[0]

    def counter(self, name, start, max_step=1):
        value = self.counters.get(name, start)
        self.counters[name] = value + self.rnd.randint(1, max_step)
        return value

    def claim(self, org, identifier):
        key = identifier_key(org, identifier)
        if not key or key in self.keys[org]:
            return False
        self.keys[org].add(key)
        return True

    # -- identifiers per SDO style; returns (identifier, documentType, base or None, url-number)
    def identifier(self, org, group, status):
        for _ in range(1000):
            result = self._candidate(org, group, status)
            if self.claim(org, result[0]):
                return result
        raise RuntimeError("could not find a unique identifier for %s" % org)

    def _candidate(self, org, group, status):
        r = self.rnd
        drafting = status in ("planned", "in-development")
        if org == "ITU-T":
            series = {"SG13": "Y", "SG17": "X", "SG11": "Q", "SG15": "G"}.get(group)
            if series is None:
                if group == "FG QIT4N":
                    return ("FG QIT4N D%d.%d" % (self.counter("fg", 10), r.randint(1, 4)), "technical-report", None, None)
                return ("JCA-QKDN-D%d" % self.counter("jca", 100), "technical-report", None, None)
            kind = self.pick([("recommendation", 70), ("supplement", 6), ("amendment", 6), ("corrigendum", 6),
                              ("technical-report", 12)])
            if kind in ("amendment", "corrigendum") and self.bases[org] and not drafting:
                base = r.choice(self.bases[org][-2000:])
                n = self.amend_counts.get((org, base), 0) + 1
                self.amend_counts[(org, base)] = n
                return ("%s %s.%d" % (base, "Amd" if kind == "amendment" else "Cor", n), kind, base, None)
            if kind == "supplement":
                return ("%s.Sup%d" % (series, self.counter("sup" + series, 1000)), kind, None, None)
            if kind == "technical-report":
                return ("%sSTR.%s-%d" % (series, r.choice(ABBREV).upper(), self.counter("tr" + series, 10)), kind, None, None)
            if drafting and r.random() < 0.5:
                return ("%s.QKDN-%s%d" % (series, r.choice(ABBREV), self.counter("draft" + series, 1)), "recommendation", None, None)
            start = {"Y": 38000, "X": 17000, "Q": 41000, "G": 65000}[series]
            ident = "%s.%d" % (series, self.counter("rec" + series, start))
            return (ident, "recommendation", None, None)
        if org == "ETSI":
            if group == "ISG QKD":
                kind = self.pick([("GS", 68), ("GR", 28), ("WP", 4)])
                if kind == "WP":
                    return ("White Paper No. %d" % self.counter("etsiwp", 100), "white-paper", None, None)
                return ("%s QKD %d" % (kind, self.counter("etsiqkd", 1000)),
                        "group-specification" if kind == "GS" else "group-report", None, None)
            if group == "ISG QSC":
                return ("GR QSC %d" % self.counter("etsiqsc", 1000), "group-report", None, None)
            kind = self.pick([("TS", 55), ("TR", 45)])
            n = r.randint(110000, 199999)
            return ("%s %d %03d" % (kind, n // 1000, n % 1000),
                    "technical-specification" if kind == "TS" else "technical-report", None, None)
        if org in ("ISO/IEC", "ISO", "IEC"):
            start = {"ISO/IEC": 90000, "ISO": 80000, "IEC": 60000}[org]
            kind = self.pick([("IS", 60), ("TR", 12), ("TS", 12), ("Amd", 8), ("Cor", 8)])
            if kind in ("Amd", "Cor") and self.bases[org] and not drafting:
                base = r.choice(self.bases[org][-2000:])
                n = self.amend_counts.get((org, base), 0) + 1
                self.amend_counts[(org, base)] = n
                return ("%s/%s %d" % (base, kind, n), "amendment" if kind == "Amd" else "corrigendum", base, base.split("-")[0])
            if kind in ("TR", "TS"):
                num = self.counter("iso" + org, start)
                return ("%s %d" % (kind, num), "technical-report" if kind == "TR" else "technical-specification", None, num)
            # multi-part international standards: a base number gets 1-4 consecutive parts
            state = self.iso_part.get(org)
            if state is None or state[1] >= state[2]:
                state = [self.counter("iso" + org, start), 0, r.randint(1, 4)]
                self.iso_part[org] = state
            state[1] += 1
            if org == "IEC" and group == "TC 86":
                ident = "%d-%d-%d" % (state[0], state[1], r.randint(1, 40))
            else:
                ident = "%d-%d" % (state[0], state[1])
            return (ident, "international-standard", None, state[0])
        if org in ("IETF", "IRTF"):
            if drafting or status == "withdrawn" or r.random() < 0.3:
                wg = {"IRTF": "qirg"}.get(org) or (group or "").lower() or r.choice(["tls", "lamps", "ipsecme", "sshm", "cfrg"])
                who = r.choice(["ietf", "irtf"] if r.random() < 0.3 else AUTHORS)
                if who in ("ietf", "irtf"):
                    who = org.lower()
                words = "-".join(r.sample(DRAFT_WORDS, r.randint(2, 4)))
                return ("draft-%s-%s-%s" % (who, wg, words), "internet-draft", None, None)
            return ("RFC %d" % self.counter("rfc", 20000, 3), "rfc", None, None)
        if org == "IEEE":
            num = self.counter("ieee", 19000)
            if drafting:
                return ("P%d" % num, "ieee-standard", None, num)
            return ("%d-%d" % (num, r.choice(self.years[-12:])), "ieee-standard", None, num)
        if org == "CEN-CENELEC":
            kind = self.pick([("TR", 40), ("TS", 30), ("EN", 30)])
            num = self.counter("cen", 18000)
            if kind == "EN" and drafting:
                kind = "prEN"
            doc = {"TR": "technical-report", "TS": "technical-specification"}.get(kind, "international-standard")
            return ("%s %d" % (kind, num), doc, None, None)
        if org == "CCSA":
            return ("YD/T %d-%d" % (self.counter("ccsa", 10000), r.choice(self.years[-10:])), "national-standard", None, None)
        if org == "MIIT":
            return ("YD/T %d.%d" % (self.counter("miit", 20000), r.randint(1, 3)), "national-standard", None, None)
        if org == "SCA":
            return ("GM/T %d" % self.counter("sca", 1000), "national-standard", None, None)
        if org == "NIST":
            kind = self.pick([("FIPS", 20), ("SP", 45), ("IR", 25), ("CSWP", 10)])
            if kind == "FIPS":
                return ("FIPS %d" % self.counter("fips", 1000), "national-standard", None, None)
            if kind == "SP":
                return ("SP 800-%d" % self.counter("sp", 1000), "other", None, None)
            if kind == "IR":
                return ("IR %d" % self.counter("nistir", 9000), "technical-report", None, None)
            return ("CSWP %d" % self.counter("cswp", 100), "white-paper", None, None)
        if org == "TTA":
            return ("TTAK.KO-12.%04d" % self.counter("tta", 1000), "national-standard", None, None)
        if org == "TEC":
            return ("GR %d:%d" % (self.counter("tec", 91000), r.choice(self.years[-8:])), "national-standard", None, None)
        if org == "QED-C":
            if r.random() < 0.6:
                return ("WP %d-%d" % (r.choice(self.years[-8:]), self.counter("qedc", 1)), "white-paper", None, None)
            return ("Report %d" % self.counter("qedcr", 100), "other", None, None)
        raise ValueError(org)

    def topics(self, org, group):
        affinity = AFFINITY.get((org, group)) or AFFINITY.get(org)
        if affinity is None:
            affinity = AFFINITY[next(k for k in AFFINITY if isinstance(k, tuple) and k[0] == org)]
        count = self.pick([(1, 45), (2, 40), (3, 15)])
        chosen = []
        for _ in range(count * 3):
            t = self.pick(affinity)
            if t not in chosen:
                chosen.append(t)
            if len(chosen) >= count:
                break
        # realistic tree usage: sometimes the parent is tagged as well (e.g. qkd + qkdn-architecture)
        if len(chosen) < 3 and self.rnd.random() < 0.25:
            parent = TOPIC_PARENT.get(chosen[0])
            if parent and parent != "qit" and parent not in chosen:
                chosen.insert(0, parent)
        return chosen

    def title(self, org, group, doc_type, topics, base):
        r = self.rnd
        subject = r.choice(SUBJECTS[topics[-1]])
        aspect = r.choice(ASPECTS)
        context = r.choice(CONTEXTS)
        if base is not None:
            return "%s: %s %s" % (base, aspect.lower(), "updates" if doc_type == "amendment" else "corrections")
        subject_cap = subject[0].upper() + subject[1:]
        if org == "ETSI" and group == "ISG QKD":
            return "Quantum Key Distribution (QKD); %s; %s" % (subject_cap, aspect)
        if org == "ETSI":
            return "CYBER; Quantum-Safe Cryptography (QSC); %s for %s" % (aspect, subject)
        if org == "ISO/IEC" and group == "JTC 1/SC 27":
            return "Information security, cybersecurity and privacy protection \u2014 %s \u2014 %s" % (subject_cap, aspect)
        if org in ("ISO/IEC", "ISO", "IEC"):
            return "Quantum technologies \u2014 %s \u2014 %s" % (subject_cap, aspect)
        if org in ("IETF", "IRTF"):
            return r.choice(["%s for %s" % (subject_cap, context), "%s in %s" % (aspect, subject),
                             "Applicability of %s to %s" % (subject, context)])
        if org == "ITU-T" and topics[-1].startswith("qkdn"):
            return r.choice(["Quantum key distribution networks \u2013 %s of %s" % (aspect.lower(), subject),
                             "%s for %s in %s" % (aspect, subject, context),
                             "%s: %s" % (subject_cap, aspect.lower())])
        return r.choice(["%s for %s" % (aspect, subject), "%s of %s in %s" % (aspect, subject, context),
                         "%s \u2013 %s" % (subject_cap, aspect.lower())])

    def summary(self, doc_type, topics):
        r = self.rnd
        if r.random() < 0.15:
            return None
        word = {"recommendation": "Recommendation", "group-specification": "specification", "group-report": "report",
                "technical-report": "technical report", "technical-specification": "technical specification",
                "international-standard": "document", "rfc": "document", "internet-draft": "draft"}.get(doc_type, "document")
        s1 = "This %s %s %s for %s in %s." % (word, r.choice(VERBS), r.choice(SUMMARY_OBJECTS), r.choice(SUBJECTS[topics[-1]]),
                                             r.choice(CONTEXTS))
        if r.random() < 0.6:
            extra = [r.choice(SUBJECTS[t]) for t in topics] + [r.choice(SUBJECTS[r.choice(list(SUBJECTS))])]
            s1 += " It covers %s and %s." % (", ".join(extra[:-1]), extra[-1])
        return s1

    def date(self, year):
        r = self.rnd
        form = r.random()
        if form < 0.15:
            return "%d" % year
        if form < 0.75:
            return "%d-%02d" % (year, r.randint(1, 12))
        return "%d-%02d-%02d" % (year, r.randint(1, 12), r.randint(1, 28))

    def entry(self, only_org=None):
        r = self.rnd
        org = only_org or self.pick(ORG_WEIGHTS)
        group = self.pick(GROUPS[org])
        status = self.pick(STATUSES)
        identifier, doc_type, base, num = self.identifier(org, group, status)
        if doc_type == "rfc" and status in ("planned", "in-development"):
            status = "published"
        topics = self.topics(org, group)
        year = r.choices(self.years, self.year_weights)[0]
        publication = None
        expected = None
        if status in ("published", "superseded", "withdrawn"):
            if status != "published":
                year = max(1995, year - r.randint(0, 6))
            publication = self.date(year)
        elif r.random() < 0.6:
            expected = self.date(r.randint(2026, 2028))
        sdo = SDO_STATUS.get(org, {}).get(status)
        sdo_status = r.choice(sdo) if sdo and r.random() < 0.7 else None
        version = None
        if org == "ETSI":
            version = "V%d.%d.%d" % (r.randint(1, 3), r.randint(1, 2), 1)
        elif org == "ITU-T" and doc_type == "recommendation" and publication:
            version = "(%s)" % publication[:4] if r.random() < 0.3 else None

        aliases = []
        if r.random() < 0.12:
            if org in ("ISO/IEC", "ISO", "IEC") and publication:
                aliases.append("%s %s:%s" % (org, identifier, publication[:4]))
            elif org == "ETSI" and version:
                aliases.append("ETSI %s %s" % (identifier, version))
            elif org == "ITU-T" and doc_type == "recommendation" and publication:
                aliases.append("%s (%s)" % (identifier, publication[:7].replace("-", "/")))
        aliases = [a for a in aliases if self.claim(org, a)]

        keywords = r.sample(KEYWORDS, self.pick([(0, 30), (1, 20), (2, 25), (3, 15), (5, 10)]))
        relations = []
        if base is not None:
            relations.append({"type": "references", "target": {"organization": org, "identifier": base}})
        if status == "superseded" and self.recent[org]:
            relations.append({"type": "superseded-by", "target": {"organization": org, "identifier": r.choice(self.recent[org][-200:])}})
        if r.random() < 0.08 and self.recent[org]:
            target_org = org if r.random() < 0.8 else self.pick(ORG_WEIGHTS[:3])
            pool = self.recent[target_org] or self.recent[org]
            relations.append({"type": r.choice(["related", "references", "equivalent"]),
                              "target": {"organization": target_org if self.recent[target_org] else org,
                                         "identifier": r.choice(pool[-500:])}})

        slug = identifier.replace(" ", "-").replace("/", "-").replace(":", "-")
        if org in ("IETF", "IRTF"):
            slug = slug.lower().replace("rfc-", "rfc")
        if num is None and "{num}" in ORG_URL[org]:
            num = self.counter("urlnum", 200000)
        url = ORG_URL[org].format(slug=slug, num=num)

        if doc_type in ("recommendation", "international-standard", "ieee-standard") and base is None and status == "published":
            self.bases[org].append(identifier)
        self.recent[org].append(identifier)
        if len(self.recent[org]) > 5000:
            del self.recent[org][:1000]

        return {
            "organization": org,
            "group": group,
            "identifier": identifier,
            "aliases": aliases,
            "title": self.title(org, group, doc_type, topics, base),
            "summary": self.summary(doc_type, topics),
            "documentType": doc_type,
            "status": status,
            "sdoStatus": sdo_status,
            "version": version,
            "publicationDate": publication,
            "expectedDate": expected,
            "topics": topics,
            "keywords": keywords,
            "url": url,
            "relations": relations,
        }


CSV_COLUMNS = ["organization", "group", "identifier", "aliases", "title", "summary", "documentType", "status",
               "sdoStatus", "version", "publicationDate", "expectedDate", "topics", "keywords", "url", "relations"]


def csv_row(e):
    row = {}
    for col in CSV_COLUMNS:
        v = e[col]
        if col == "relations":
            # the import's form: "type organization identifier", several separated by ";"
            row[col] = "; ".join("%s %s %s" % (r["type"], r["target"]["organization"], r["target"]["identifier"]) for r in v)
        elif isinstance(v, list):
            row[col] = "; ".join(v)
        else:
            row[col] = "" if v is None else v
    return row


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("-n", "--count", type=int, default=100000, help="number of entries (default 100000)")
    p.add_argument("--seed", type=int, default=42, help="random seed (default 42); same seed + count = same output")
    p.add_argument("--format", choices=["ndjson", "json", "csv"], default="ndjson")
    p.add_argument("-o", "--out", default="-", help="output file, - for stdout (default)")
    p.add_argument("--organization", choices=sorted(ORG_NAMES), help="only entries of this organization "
                   "(one liaison batch: a submission carries one organization's rows)")
    args = p.parse_args(argv)
    if args.count < 0:
        p.error("--count must be >= 0")

    gen = Generator(args.seed)
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8", newline="")
    try:
        if args.format == "csv":
            w = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
            w.writeheader()
            for _ in range(args.count):
                w.writerow(csv_row(gen.entry(args.organization)))
        elif args.format == "json":
            out.write("[")
            for i in range(args.count):
                out.write(",\n" if i else "\n")
                out.write(json.dumps(gen.entry(args.organization), ensure_ascii=False, separators=(",", ":")))
            out.write("\n]\n")
        else:
            for _ in range(args.count):
                out.write(json.dumps(gen.entry(args.organization), ensure_ascii=False, separators=(",", ":")))
                out.write("\n")
    finally:
        if out is not sys.stdout:
            out.close()
    if args.out != "-":
        print("wrote %d entries (%s) to %s" % (args.count, args.format, args.out), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

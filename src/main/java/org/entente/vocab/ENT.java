package org.entente.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The Entente ontology: actors, places, treaties, articles and the facts extracted from news (see {@code ontology/entente.ttl}).
 *
 * <pre>
 * Resource state = model.createResource(iri, ENT.ACTOR);
 * </pre>
 */
public final class ENT {
    public static final String NAMESPACE = "https://w3id.org/entente/ontology#";
    public static final String PREFIX = "ent";

    private ENT() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NAMESPACE + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NAMESPACE + local);
    }

    /** class ent:Actor */
    public static final Resource ACTOR = resource("Actor");
    /** class ent:State */
    public static final Resource STATE = resource("State");
    /** class ent:Person */
    public static final Resource PERSON = resource("Person");
    /** class ent:Organization */
    public static final Resource ORGANIZATION = resource("Organization");
    /** class ent:IntergovernmentalOrganization */
    public static final Resource INTERGOVERNMENTAL_ORGANIZATION = resource("IntergovernmentalOrganization");
    /** class ent:GovernmentBody */
    public static final Resource GOVERNMENT_BODY = resource("GovernmentBody");
    /** class ent:ThinkTank */
    public static final Resource THINK_TANK = resource("ThinkTank");
    /** class ent:University */
    public static final Resource UNIVERSITY = resource("University");
    /** class ent:MediaOrganization */
    public static final Resource MEDIA_ORGANIZATION = resource("MediaOrganization");
    /** class ent:Role */
    public static final Resource ROLE = resource("Role");
    /** class ent:Office */
    public static final Resource OFFICE = resource("Office");
    /** class ent:Place */
    public static final Resource PLACE = resource("Place");
    /** class ent:MilitaryForce */
    public static final Resource MILITARY_FORCE = resource("MilitaryForce");
    /** class ent:SocialGroup */
    public static final Resource SOCIAL_GROUP = resource("SocialGroup");
    /** class ent:Treaty */
    public static final Resource TREATY = resource("Treaty");
    /** class ent:Article */
    public static final Resource ARTICLE = resource("Article");
    /** class ent:Fact */
    public static final Resource FACT = resource("Fact");
    /** class ent:Event */
    public static final Resource EVENT = resource("Event");
    /** class ent:Deployment */
    public static final Resource DEPLOYMENT = resource("Deployment");
    /** class ent:ArmedEngagement */
    public static final Resource ARMED_ENGAGEMENT = resource("ArmedEngagement");
    /** class ent:TreatySigning */
    public static final Resource TREATY_SIGNING = resource("TreatySigning");
    /** class ent:AidProvision */
    public static final Resource AID_PROVISION = resource("AidProvision");
    /** class ent:Statement */
    public static final Resource STATEMENT = resource("Statement");
    /** class ent:Meeting */
    public static final Resource MEETING = resource("Meeting");
    /** class ent:Sanction */
    public static final Resource SANCTION = resource("Sanction");
    /** class ent:OfficeHolding */
    public static final Resource OFFICE_HOLDING = resource("OfficeHolding");
    /** class ent:Vote */
    public static final Resource VOTE = resource("Vote");
    /** class ent:MembershipChange */
    public static final Resource MEMBERSHIP_CHANGE = resource("MembershipChange");
    /** class ent:Accession */
    public static final Resource ACCESSION = resource("Accession");
    /** class ent:Exit */
    public static final Resource EXIT = resource("Exit");
    /** class ent:Expulsion */
    public static final Resource EXPULSION = resource("Expulsion");
    /** class ent:Withdrawal */
    public static final Resource WITHDRAWAL = resource("Withdrawal");
    /** class ent:Strike */
    public static final Resource STRIKE = resource("Strike");
    /** class ent:AidType */
    public static final Resource AID_TYPE = resource("AidType");
    /** class ent:Modality */
    public static final Resource MODALITY = resource("Modality");
    /** property ent:deployer */
    public static final Property DEPLOYER = property("deployer");
    /** property ent:hostState */
    public static final Property HOST_STATE = property("hostState");
    /** property ent:inSupportOf */
    public static final Property IN_SUPPORT_OF = property("inSupportOf");
    /** property ent:location */
    public static final Property LOCATION = property("location");
    /** property ent:troopsMin */
    public static final Property TROOPS_MIN = property("troopsMin");
    /** property ent:troopsMax */
    public static final Property TROOPS_MAX = property("troopsMax");
    /** property ent:killedMin */
    public static final Property KILLED_MIN = property("killedMin");
    /** property ent:killedMax */
    public static final Property KILLED_MAX = property("killedMax");
    /** property ent:injuredMin */
    public static final Property INJURED_MIN = property("injuredMin");
    /** property ent:injuredMax */
    public static final Property INJURED_MAX = property("injuredMax");
    /** property ent:reportedBy */
    public static final Property REPORTED_BY = property("reportedBy");
    /** property ent:sideA */
    public static final Property SIDE_A = property("sideA");
    /** property ent:sideB */
    public static final Property SIDE_B = property("sideB");
    /** property ent:participant */
    public static final Property PARTICIPANT = property("participant");
    /** property ent:initiator */
    public static final Property INITIATOR = property("initiator");
    /** property ent:target */
    public static final Property TARGET = property("target");
    /** property ent:treaty */
    public static final Property TREATY_PROP = property("treaty");
    /** property ent:party */
    public static final Property PARTY = property("party");
    /** property ent:donor */
    public static final Property DONOR = property("donor");
    /** property ent:recipient */
    public static final Property RECIPIENT = property("recipient");
    /** property ent:aidType */
    public static final Property AID_TYPE_PROP = property("aidType");
    /** property ent:imposer */
    public static final Property IMPOSER = property("imposer");
    /** property ent:sanctioned */
    public static final Property SANCTIONED = property("sanctioned");
    /** property ent:votingBody */
    public static final Property VOTING_BODY = property("votingBody");
    /** property ent:motion */
    public static final Property MOTION = property("motion");
    /** property ent:member */
    public static final Property MEMBER = property("member");
    /** property ent:memberOrganization */
    public static final Property MEMBER_ORGANIZATION = property("memberOrganization");
    /** property ent:expeller */
    public static final Property EXPELLER = property("expeller");
    /** property ent:expelled */
    public static final Property EXPELLED = property("expelled");
    /** property ent:withdrawer */
    public static final Property WITHDRAWER = property("withdrawer");
    /** property ent:withdrawnFrom */
    public static final Property WITHDRAWN_FROM = property("withdrawnFrom");
    /** property ent:attacker */
    public static final Property ATTACKER = property("attacker");
    /** property ent:attacked */
    public static final Property ATTACKED = property("attacked");
    /** property ent:candidateWikidata */
    public static final Property CANDIDATE_WIKIDATA = property("candidateWikidata");
    /** property ent:speaker */
    public static final Property SPEAKER = property("speaker");
    /** property ent:quote */
    public static final Property QUOTE = property("quote");
    /** property ent:directQuote */
    public static final Property DIRECT_QUOTE = property("directQuote");
    /** property ent:holder */
    public static final Property HOLDER = property("holder");
    /** property ent:role */
    public static final Property ROLE_PROP = property("role");
    /** property ent:organization */
    public static final Property ORGANIZATION_PROP = property("organization");
    /** property ent:date */
    public static final Property DATE = property("date");
    /** property ent:dateText */
    public static final Property DATE_TEXT = property("dateText");
    /** property ent:timex */
    public static final Property TIMEX = property("timex");
    /** property ent:earliest */
    public static final Property EARLIEST = property("earliest");
    /** property ent:latest */
    public static final Property LATEST = property("latest");
    /** property ent:cameoCode */
    public static final Property CAMEO_CODE = property("cameoCode");
    /** class ent:CodedEvent */
    public static final Resource CODED_EVENT = resource("CodedEvent");
    /** property ent:ploverType */
    public static final Property PLOVER_TYPE = property("ploverType");
    /** property ent:ploverMode */
    public static final Property PLOVER_MODE = property("ploverMode");
    /** property ent:sourceActor */
    public static final Property SOURCE_ACTOR = property("sourceActor");
    /** property ent:targetActor */
    public static final Property TARGET_ACTOR = property("targetActor");
    /** property ent:trigger */
    public static final Property TRIGGER = property("trigger");
    /** property ent:codebookEntry */
    public static final Property CODEBOOK_ENTRY = property("codebookEntry");
    /** property ent:goldstein */
    public static final Property GOLDSTEIN = property("goldstein");
    /** property ent:modality */
    public static final Property MODALITY_PROP = property("modality");
    /** property ent:evidence */
    public static final Property EVIDENCE = property("evidence");
    /** property ent:country */
    public static final Property COUNTRY = property("country");
    /** property ent:isoCode */
    public static final Property ISO_CODE = property("isoCode");
    /** property ent:demonym */
    public static final Property DEMONYM = property("demonym");
    /** property ent:linkStatus */
    public static final Property LINK_STATUS = property("linkStatus");
    /** individual ent:Asserted */
    public static final Resource ASSERTED = resource("Asserted");
    /** individual ent:Negated */
    public static final Resource NEGATED = resource("Negated");
    /** individual ent:Planned */
    public static final Resource PLANNED = resource("Planned");
    /** individual ent:Hypothetical */
    public static final Resource HYPOTHETICAL = resource("Hypothetical");
    /** individual ent:HumanitarianAid */
    public static final Resource HUMANITARIAN_AID = resource("HumanitarianAid");
    /** individual ent:FinancialAid */
    public static final Resource FINANCIAL_AID = resource("FinancialAid");
    /** individual ent:MilitaryAid */
    public static final Resource MILITARY_AID = resource("MilitaryAid");
    /** individual ent:EconomicAid */
    public static final Resource ECONOMIC_AID = resource("EconomicAid");

    // Cross-article event identity (org.entente.identity)
    /** class ent:ConsolidatedEvent */
    public static final Resource CONSOLIDATED_EVENT = resource("ConsolidatedEvent");
    /** property ent:hasReport */
    public static final Property HAS_REPORT = property("hasReport");
    /** property ent:reportCount */
    public static final Property REPORT_COUNT = property("reportCount");
    /** property ent:articleCount */
    public static final Property ARTICLE_COUNT = property("articleCount");
    /** property ent:identityKey */
    public static final Property IDENTITY_KEY = property("identityKey");
    /** property ent:identityBucket */
    public static final Property IDENTITY_BUCKET = property("identityBucket");
    /** property ent:baseIri */
    public static final Property BASE_IRI = property("baseIri");
    /** property ent:clustering */
    public static final Property CLUSTERING = property("clustering");
}

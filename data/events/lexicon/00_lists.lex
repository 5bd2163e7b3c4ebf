#format entente-lexicon 1
# Word lists and lemma classes shared by every lexicon file.
# "%name w1 w2 …" declares a word list the assembler consults by name;
# "@name = w1 w2 …" declares a lemma class patterns use as obj=@name.
# Multi-word entries use "_" for spaces.

# Verbs whose object may be a nominal event trigger: "held talks with",
# "imposed sanctions on", "launched an airstrike against".
%light have hold launch conduct carry_out carry stage impose make give offer sign reach announce order begin start resume mount open enter unleash deliver issue lodge file extend provide send take pass adopt approve seek receive accept stage_a continue step_up intensify hold_up pursue initiate declare agree_to

# Adjectives that make "be ADJ to X" an intention: "is ready to contribute".
%intent_adj ready willing prepared determined eager set keen poised happy able committed resolved

# Aspectual verbs, transparent between a governor and its complement.
%aspect resume continue begin start keep try attempt seek help proceed go

# Governors that make their infinitive complement intended / hypothetical.
%intent plan intend aim want hope seek prepare expect vow promise pledge agree offer try attempt mean set schedule propose consider
%hypothetical_verb may might could consider

# Clause modality markers (Clause::modality) by class.
%hypothetical may might could if can would_if unless possibly
%intended will shall would plan intend agree pledge promise expect going_to vow aim set
%demanded must should need ought have_to

# Infinitive subject comes from the governor's object: "urged NATO to act".
%object_control urge ask call press tell order request invite encourage persuade appeal force compel allow permit instruct direct warn advise implore beg challenge

# Verbs whose object noun is the deed they order, done by their subject:
# "ordered the deployment of warships" is a deployment (events/ordered_act.h).
%directive order command authorize authorise decree

# Verbs whose complement is an act asked for or warned against, not done:
# "urged Iran to sign", "warned Russia against deploying" (events/requested_act.h).
%request_gov urge ask call press request invite encourage appeal warn advise implore beg caution exhort demand plead

# Words that negate the word they modify: "did not recognise", "never met",
# "no agreement" (the false-alarm feature group, events/false_alarm_features.h).
%negator not never n't no

# WordNet classes (lexicographer files of a noun's first sense) of a patient
# that is no party: "the killing of pigs", "culled birds", "the destruction of
# crops" is no political deed against people (events/false_alarm_features.h;
# the ordered-act rule, events/ordered_act.h, codes no such deed).
%nonparty_kinds noun.animal noun.plant noun.food
# Nouns whose first WordNet sense is in such a class but which in news name
# people, factions or weapons ("the abduction of females", "the party's
# youth wing", "a drone strike", "Molotov cocktails", "pepper spray").
%nonparty_exceptions female male wing drone drones cocktail cocktails pepper medic medics sub subs

# Nouns for a country's own population as a measure's object or oblique:
# "ordered residents to stay home", "screened citizens" (the false-alarm
# feature group's domestic signal).
%population resident residents citizen citizens people population populations public inhabitant inhabitants villager villagers local locals national nationals household households passenger passengers traveller travellers traveler travelers

# Verbs of saying: a that-clause under them is reported speech.
%say say tell state announce add report claim insist reiterate repeat warn declare affirm reaffirm note explain write declare confirm reveal suggest assert maintain argue stress emphasize emphasise acknowledge admit indicate predict believe think estimate disclose told quote

# Case words that place an actor ("troops in Borno", "protesters at the
# embassy"): a country or place so hung on another party of the event is
# where that party is, no party itself (events/learned_coder.cc).
%locative in at

# Participles that make "<Name>-<word>" name who stands behind a party, not
# the party: "US-backed" on "Syrian rebels" is no party of their attack
# (events/learned_coder.cc; only when it modifies another of the event's
# mentions). Not "led", "brokered", "sponsored" (the corpus often codes that
# name: "the US-led campaign" USA), nor "based", "owned", "made", "born"
# (they give the party its country: "a Slovak-owned company" SVK).
%backer backed funded financed trained supported allied aligned affiliated dominated armed equipped installed appointed inspired

# Case words that cite whoever reports ("according to ISNA"): a news outlet
# so cited is no party to the event.
%citing according

# Speakers that make attribution anonymous.
%anonymous anonymous unnamed unidentified anonymity
%unnamed_speaker source official diplomat aide insider person people spokesperson analyst observer officer lawmaker member adviser advisor expert witness resident

# ---- lemma classes (heads of objects and prepositional objects) ----
@troops = troop troops soldier soldiers force forces army military unit units battalion brigade contingent personnel marine marines garrison division regiment fighter fighters militia militiamen tank tanks warship warships ship navy fleet jet jets aircraft
@peacekeepers = peacekeeper peacekeepers peacekeeping peace-keeping peacekeeping_force mission blue_helmets
@inspectors = inspector inspectors observer observers monitor monitors investigator investigators
@aidworkers = aid_worker aid_workers agency agencies ngo ngos relief_worker relief_workers volunteer volunteers
@agreement = agreement deal accord formula blueprint roadmap road_map package compromise solution treaty pact protocol convention memorandum arrangement understanding contract compact charter framework settlement plan initiative proposal
@ceasefire = ceasefire cease-fire truce armistice cessation
@sanctions = sanction sanctions embargo embargoes boycott boycotts tariff tariffs restriction restrictions ban bans penalty penalties
@aid = aid assistance help relief goods medicine medicines support funding fund funds loan loans grant grants credit credits donation donations money cash dollar dollars euro euros million billion package supply supplies
@econaid = loan loans credit credits grant grants money cash dollar dollars euro euros million billion funding fund funds budget investment debt
@humaid = food medicine medicines medical relief shelter tent tents blanket blankets water vaccine vaccines rice wheat grain supplies humanitarian_aid
@weapons = weapon weapons arm arms missile missiles rocket rockets tank tanks ammunition gun guns rifle rifles artillery drone drones jet jets aircraft helicopter helicopters equipment munition munitions system systems hardware warplane warplanes
@talks = talk talks negotiation negotiations dialogue discussion discussions consultation consultations meeting meetings summit summits conference conferences session round
@prisoners = prisoner prisoners hostage hostages detainee detainees captive captives pow pows body bodies remains soldier soldiers activist activists dissident dissidents journalist journalists
@property = property asset assets land territory village town city island ship vessel aircraft plane
@relations = relation relations tie ties contact contacts
@diplomats = ambassador ambassadors envoy envoys diplomat diplomats embassy embassies consulate consulates attache attaches
@reform = reform reforms election elections democracy constitution referendum change changes
@leader = president leader minister premier king ruler chief government regime prime_minister chancellor
@intel = intelligence information data evidence detail details document documents
@investigation = investigation investigations probe probes inquiry inquiries enquiry review audit
@crime = crime crimes corruption fraud bribery murder terrorism smuggling trafficking
@rights = right rights freedom freedoms liberty liberties
@warcrime = war_crime war_crimes genocide atrocity atrocities crime_against_humanity
@aggression = aggression invasion incursion attack attacks provocation provocations occupation intervention interference meddling
@spying = espionage spying treason spy
@abuse = abuse abuses torture violation violations repression persecution
@attack = attack attacks assault assaults strike strikes raid raids offensive offensives airstrike airstrikes air_strike bombing bombings invasion shelling bombardment operation operations
@demonstration = protest protests demonstration demonstrations rally rallies march marches sit-in vigil
@strike = strike strikes walkout stoppage
@curfew = curfew curfews
@emergency = emergency martial_law state_of_emergency
@mediation = mediation mediator mediators mediating
@recognition = recognition independence sovereignty
@cooperation = cooperation collaboration partnership alliance coordination relationship
@trade = trade commerce investment business exchange exchanges economy
@exercises = exercise exercises drill drills maneuver maneuvers manoeuvre manoeuvres war_game war_games
@spending = spending budget budgets defense_spending defence_spending target
@demand = demand demands request requests call calls appeal appeals plea pleas proposal proposals offer offers plan plans idea overture overtures invitation
@accusation = accusation accusations allegation allegations charge charges claim claims report reports
@responsibility = responsibility blame
@statement = statement comment comments remark remarks report reports
@asylum = asylum refuge sanctuary
@border = border borders frontier crossing crossings road roads highway highways port ports airport passage access
@nuke = nuclear_weapon nuclear_weapons bomb bombs nuke nukes
@chemical = chemical_weapon chemical_weapons gas nerve_agent sarin chlorine
@person = man men woman women people person civilian civilians protester protesters demonstrator demonstrators student students opponent opponents critic critics leader leaders suspect suspects member members worker workers villager villagers refugee refugees migrant migrants national nationals citizen citizens
@election = election elections vote poll polls ballot referendum
@party = party parties group groups organization organisation movement newspaper newspapers
@target = target goal pledge commitment promise obligation quota standard benchmark

# Modal auxiliaries of a speculative act: "Australia may enter a trade pact",
# "the city can seize the opportunity", "the forest should be opened up" are
# no acts done (the guide's convention 7: conditional or speculative acts are
# hypothetical; events/speculative_act.h). Not "will" or "would": the corpus
# codes most of those as intended.
%speculative_modal may might could can should

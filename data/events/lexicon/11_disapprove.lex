#format entente-lexicon 1
# CAMEO 11 DISAPPROVE (PLOVER ACCUSE). "called X an Y" (two objects) is 111.
110 disapprove_of
110 object|take_exception to
110 frown_on|frown_upon
110 express|voice|register|lodge obj=disapproval|displeasure|dissatisfaction|unhappiness|disappointment|anger|outrage|indignation|objection|objections|concern|concerns|opposition|reservation|reservations|alarm|dismay
110 disapproval/n|displeasure/n|opposition/n|objection/n|objections/n to|of|over|at
110 oppose|disagree_with|dislike|resent|deplore|regret|lament obj
110 disagree with
110 be_disappointed with|by
111 criticize|criticise|condemn|denounce|decry|deplore|castigate|chastise|censure|rebuke|reprimand|scold|slam|blast|lambast|lambaste|excoriate|berate|ridicule|mock|deride|scorn|belittle|disparage|vilify|demonize|demonise|insult|abuse|smear|fault|blame|rap|pillory|upbraid|admonish|harangue|chide|reproach|damn|savage|pan|knock|slate|bash obj
111 criticize|criticise|condemn|denounce|blame|fault|attack|slam obj for|over
111 hit_out|lash_out|rail|inveigh|fulminate|protest at|against
111 call|label|brand|describe|term|dub obj obj2
111 describe obj as
111 characterize|characterise|portray|paint|depict obj as
111 criticism/n|condemnation/n|denunciation/n|censure/n|rebuke/n|reprimand/n of|against
111 issue|express|voice|draw obj=criticism|condemnation|rebuke|statement
111 accuse obj of=hypocrisy|arrogance|incompetence|failure|negligence
111 blame obj for|on
111 blame/n on
112 accuse|charge|indict|allege|impeach obj of
112 accuse|charge|blame obj
112 accuse|charge that
112 allege that
112 accusation/n|allegation/n|allegations/n|charge/n|charges/n against|of
112 level|make|raise|bring|lodge obj=@accusation against
112 implicate|incriminate obj
1121 accuse|charge|indict|implicate obj of|with=@crime|misuse|embezzlement|theft|fraud|graft|bribery|murder|smuggling|abuse|misconduct|laundering|looting|rioting
1121 charge|indict|prosecute obj with
1121 indict|prosecute|sue obj for=@crime|fraud|misuse|embezzlement|murder
1121 accusation/n|charge/n of=@crime|corruption|fraud
1122 accuse|charge|indict obj of=@abuse|human_rights_violations|rights_abuses|torture|violating|violation|persecution|discrimination|repression
1122 accuse obj inf=violate|abuse|torture|persecute
1123 accuse|charge obj of=@aggression|violating|violation|attacking|invading|provoking|ceasefire_violation|breaching
1123 accuse obj inf=violate|attack|invade|breach|provoke
1124 accuse|charge|indict obj of=@warcrime|massacre|massacres|killings|atrocity|atrocities
1124 indict|charge obj for=@warcrime|atrocities|massacre
1124 indict|charge obj pass
1125 accuse|charge|indict|arrest|jail obj of|with|for=@spying|spying|espionage|treason|sedition|subversion
1125 jail|imprison|detain obj on=@accusation
113 rally|mobilize|mobilise|unite|organize|organise|lead obj=opposition|resistance|campaign|coalition|protests against
113 campaign|agitate|lobby|mobilize|mobilise against
113 call_for obj=boycott|isolation|ouster
114 complain|protest to|about|over|against|at
114 complain notarget
114 lodge|file|register|submit|send|deliver|issue|make|convey|hand obj=complaint|complaints|protest|formal_protest|official_protest|note|note_of_protest|demarche|grievance
114 complaint/n|protest/n with|to|against|over
114 summon obj=@diplomats
115 sue|take_to_court|prosecute obj
115 file|bring|launch|lodge|initiate obj=lawsuit|suit|case|legal_action|legal_proceedings|action|complaint|charges|petition against
115 lawsuit/n|suit/n|case/n|legal_action/n against
115 take obj to=court|tribunal|icj|arbitration
116 convict|find_guilty|sentence|condemn obj
116 convict|sentence obj to|for
116 find obj obj2=guilty|liable|responsible|culpable
116 find obj guilty
116 rule|find against
116 guilty/n of
116 conviction/n|verdict/n|sentence/n against|of
111 attack|assail|hit obj=@statement|policy|policies|decision|plan|plans|record|stance|position|approach|proposal|idea|remark|remarks|comment|comments|criticism|handling|response|move|government|administration|leadership|budget|bill|law|report|deal
111 hit_out|lash_out at

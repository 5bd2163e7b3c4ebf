#format entente-lexicon 1
# CAMEO 10 DEMAND (PLOVER REQUEST). More forceful than 02 appeals; an
# infinitive complement refines the code like 02 does.
100 demand|insist|order|command|instruct|direct|require obj inf
100 demand|require|insist_on|insist_upon obj
100 demand|insist that
100 demand
100 order|command|instruct|direct|tell obj inf
100 order obj
100 demand/n from|of|for|to
100 issue|make|renew|repeat|reiterate|press|step_up obj=demand|demands|order|orders|directive|summons
100 press|pressure|pressurize|pressurise|push|lean_on obj inf
100 press|pressure|pressurize|pressurise obj
100 summon obj
100 summon obj=@diplomats|envoy|ambassador|charge_d'affaires
101 demand|insist_on|require obj=@cooperation|access|compliance
1011 demand|insist_on obj=@trade|market_access|payment|payments|repayment
1012 demand|insist_on obj=basing|base|bases|troops|alliance|contribution|spending|@spending
1013 demand|insist_on|require obj=extradition|handover|hand-over|surrender|arrest|trial|prosecution|questioning|interrogation
1013 order obj=questioning|arrest|extradition|trial|interrogation
1013 demand|order|insist inf=extradite|hand|surrender|arrest|try|prosecute|question
1014 demand|insist_on obj=@intel|disclosure|explanation|explanations|clarification|answer|answers|account
103 demand|insist_on obj=@aid
1031 demand|insist_on obj=@econaid|compensation|reparations|debt_relief
1032 demand obj=@weapons|military_aid
1033 demand obj=@humaid
1034 demand obj=@peacekeepers|protection|security
104 demand|insist_on obj=@reform|democracy|change|changes|democratic_reforms
1041 demand|insist_on obj=resignation|removal|ouster|dismissal|impeachment|replacement|departure|abdication
1041 demand|insist inf=resign|step|quit|leave
1042 demand|insist_on obj=change|reversal|repeal|abandonment|cancellation|end|halt|review|withdrawal
1042 demand|insist inf=abandon|drop|cancel|reverse|repeal|end|stop|change|halt|scrap
1043 demand|insist_on obj=@rights|autonomy|independence|self-determination|equality|recognition
1044 demand|insist_on obj=election|elections|referendum|constitution|federalism
105 demand|insist_on obj=concession|concessions|surrender|capitulation|compliance|apology
1051 demand|insist_on obj=lifting|easing|repeal|end of=restriction|restrictions|ban|curfew|censorship|curbs
1052 demand|insist_on obj=end of=crackdown|repression
1053 demand|insist_on obj=release|freedom|return|handover|repatriation
1053 demand|insist inf=release|free|return|hand
1054 demand|insist_on obj=lifting|end|removal of=@sanctions
1054 demand|insist inf=lift|ease|remove|drop
1055 demand|insist_on obj=access|entry|inspection|inspections
1055 demand|insist inf=allow|admit|let|permit|open
1056 demand|insist_on obj=@ceasefire|withdrawal|pullout|halt|end|de-escalation|disarmament
1056 demand|insist inf=withdraw|halt|stop|end|cease|disarm|pull|lay
106 demand|insist_on obj=@talks
106 demand|insist inf=meet|negotiate|talk|resume|attend
107 demand|insist_on obj=settlement|solution|resolution|agreement|deal
107 demand|insist inf=settle|resolve|reach|sign
108 demand|insist_on obj=@mediation|arbitration

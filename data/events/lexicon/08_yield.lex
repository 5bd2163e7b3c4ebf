#format entente-lexicon 1
# CAMEO 08 YIELD (PLOVER CONCEDE 081-083, RETREAT 084-087).
080 yield|concede|capitulate|cave|give_in|back_down|relent|bow|submit to
080 yield|concede|capitulate|relent|back_down|give_in|cave_in notarget
080 make|offer obj=concession|concessions to
080 concession/n|concessions/n to
080 accept|meet|grant|accede_to|agree_to|give_in_to|bow_to|yield_to|satisfy obj=@demand|demands|condition|conditions|terms|ultimatum
080 accede_to|bow_to|yield_to|give_in_to|cave_to obj
081 ease|relax|lift|loosen|suspend|remove|scrap|revoke|rescind|cancel|drop|end|waive obj=restriction|restrictions|ban|bans|rule|rules|regulation|regulations|measure|measures|control|controls|requirement|requirements|visa|visas
081 pardon|amnesty obj
081 grant|declare|offer obj=amnesty|pardon|clemency to|for
081 amnesty/n|pardon/n for
0811 ease|relax|lift|end|scrap obj=censorship|press_restrictions|media_restrictions|restrictions_on_freedom
0811 allow|permit|legalize|legalise obj=protest|protests|rally|rallies|demonstration|demonstrations|assembly|gathering|opposition|press
0812 lift|end|revoke|rescind obj=ban on
0812 legalize|legalise|unban|reinstate|register|allow obj=@party
0812 allow|permit obj=@party|candidate|candidates|opposition inf=participate|run|contest|compete|take_part|register|operate
0813 lift|ease|relax|shorten|end|suspend|cancel|reduce obj=@curfew
0814 lift|end|ease|revoke|suspend|cancel obj=@emergency|emergency_rule|martial_law|state_of_emergency|state_of_siege|siege|emergency_measures|emergency_laws|measures
082 ease|end|stop|halt|suspend obj=crackdown|repression|persecution
082 allow|permit|tolerate obj=dissent|protest|protests|demonstration|demonstrations|rally|rallies|march
082 call_off|suspend|end|halt|cancel|stop obj=@demonstration|@strike|hunger_strike|boycott|blockade|sit-in
083 accept|meet|grant|agree_to|accede_to obj=@reform|democratic_reforms|political_reforms
083 introduce|implement|institute|undertake|carry_out|adopt|enact obj=@reform
083 hold|call|schedule obj=@election
083 democratize|democratise notarget
0831 resign|step_down|quit|abdicate|step_aside|stand_down notarget
0831 resign|step_down|quit from|as
0831 resignation/n|abdication/n of
0831 accept obj=resignation
0831 tender|submit|offer|hand_in obj=resignation
0832 change|reverse|abandon|drop|revise|modify|scrap|withdraw|shelve|amend obj=policy|policies|plan|plans|bill|law|decision|proposal|decree|stance|position
0832 back_down on
0833 grant|restore|recognize|recognise|guarantee|extend obj=@rights|autonomy|citizenship|suffrage
0834 dissolve|disband|reform|restructure obj=parliament|government|cabinet|council|assembly|institution|institutions
084 return|release|free|hand_over|give_back|hand_back|repatriate obj
084 return|hand|give obj to
0841 release|free|liberate|repatriate|hand_over|swap|exchange|discharge|parole obj=@prisoners|@person|man|woman|captive|soldier|pilot|crew|sailors|fishermen|prisoner_of_war
0841 release|free|let_go|set_free obj
0841 release/n|freeing/n|exchange/n|swap/n|repatriation/n of=@prisoners|@person
0841 repatriate obj=refugee|refugees|migrant|migrants|national|nationals|citizen|citizens
0842 return|hand_back|give_back|restore|hand_over|cede|unfreeze|unblock obj=@property|asset|assets|funds|money|artifact|artifacts|territory|land|island|islands|ship|vessel|plane|aircraft
0842 return/n|handover/n|hand-over/n of=@property|territory
085 lift|ease|suspend|remove|relax|end|scrap|roll_back|waive|drop|loosen|cancel|revoke obj=@sanctions
085 lifting/n|easing/n|removal/n|suspension/n of=@sanctions
085 unfreeze obj=asset|assets|funds|account|accounts
086 allow|permit|let|admit|accept|welcome|receive obj=observer|observers|monitor|monitors|mission|missions|delegation|delegations|agency|agencies|journalists|reporters|investigators
086 open obj=@border|door|doors|airspace to
086 grant|allow|give|provide obj=access to
0861 accept|receive|allow|admit|welcome|permit obj=@peacekeepers
0861 agree_to obj=deployment|extension|presence
0862 receive|accept|allow|admit|let_in|welcome|permit obj=@inspectors
0862 allow|permit|accept obj=inspection|inspections|verification|monitoring
0863 allow|permit|grant|open|facilitate|guarantee obj=humanitarian_access|access|aid|convoy|convoys|corridor|corridors|delivery|deliveries|relief|shipments
0863 open obj=corridor|corridors|crossing|crossings|@border
087 de-escalate|deescalate notarget
087 de-escalate|ease|reduce|lower|defuse|calm obj=tension|tensions|hostilities|fighting|conflict|violence
087 pull_back|pull_out|withdraw|remove|redeploy|move|scale_back|draw_down|drawdown|reduce|cut|withdraw obj=@troops from
087 withdraw|pull_out|pull_back|retreat from
087 withdraw|pull_out|pull_back|pull|bring_home|bring_back obj=@troops notarget
087 stop|halt|end|cease|suspend obj=@attack|fighting|hostilities|shelling|bombing|bombardment|offensive|operations|campaign|airstrikes|war
087 withdrawal/n|pullout/n|pull-out/n|drawdown/n|redeployment/n|reduction/n of=@troops
087 withdrawal/n|pullout/n|pull-out/n|drawdown/n from
0871 declare|announce|agree|sign|accept|observe|respect|honor|honour|implement|extend|call|reach|impose|begin|maintain|hold obj=@ceasefire
0871 ceasefire/n|cease-fire/n|truce/n|armistice/n with|between
0871 lay_down obj=arm|arms|weapon|weapons
0872 lift|ease|end|relax|loosen|break obj=blockade|siege|closure|encirclement
0872 reopen|open obj=@border|port|ports|airport|airspace|road|roads|crossing|crossings
0873 disarm|demobilize|demobilise|disband|decommission|dismantle|destroy|surrender|hand_over|hand_in|give_up|turn_in obj=@weapons|@troops|militia|militias|army|fighters|arsenal|stockpile|weapons_program|missile|missiles
0873 disarm|demobilize|demobilise|disband notarget
0873 disarmament/n|demobilization/n|demobilisation/n of
0874 retreat|surrender|capitulate|flee|withdraw|pull_out notarget
0874 surrender to
0874 surrender obj=@property|city|town|territory|position|positions
0874 cede|abandon|evacuate|vacate|leave|quit|hand_over obj=city|town|village|territory|position|positions|base|bases|area|region|stronghold|enclave

#format entente-lexicon 1
# CAMEO 18 ASSAULT: unconventional violence (PLOVER ASSAULT).
180 terrorize|terrorise|ambush|attack|assault|target obj=@person|civilians|villagers|village|villages|market|mosque|church|school|hospital|bus|convoy|worshippers|pilgrims|tourists|shoppers|passengers
180 carry_out|commit|perpetrate|launch|claim obj=terrorist_attack|terror_attack|terrorism|attack|massacre|atrocity|outrage
180 terror_attack/n|terrorist_attack/n|ambush/n on|against|in
181 abduct|kidnap|hijack|seize|snatch|take_hostage|take obj
181 kidnap|abduct|seize|take|hold|capture obj=@prisoners|@person|hostage|hostages|worker|workers|journalist|journalists|tourist|tourists|crew|passengers|child|children|girl|girls|boy|boys|official|officials|soldier|soldiers|foreigner|foreigners
181 hijack|seize|commandeer obj=plane|aircraft|airliner|jet|ship|vessel|tanker|bus|train|truck|car
181 take obj hostage
181 kidnapping/n|abduction/n|hijacking/n|hostage-taking/n of
181 hold|keep obj=hostage|hostages|captive|captives
182 beat|punch|kick|stab|club|whip|flog|lash|batter|maul|manhandle|rough_up|beat_up|brutalize|brutalise|stone|slap|maim|mutilate|hurt obj
182 attack|assault|hit|injure|wound obj=@person|@prisoners|journalist|journalists|activist|activists|worker|workers|official|officials|policeman|policemen|officer|officers|guard|guards|reporter|reporters
182 beat_up|rough_up obj
182 beating/n|assault/n|stabbing/n|flogging/n of|on
182 attack obj with=machete|machetes|knife|knives|axe|axes|stick|sticks|club|clubs|stone|stones|rocks|bat|bats|batons|acid
1821 rape|sexually_assault|molest|abuse obj
1821 rape/n|sexual_assault/n|sexual_violence/n of|against
1822 torture|torment|abuse|mistreat|maltreat|ill-treat obj
1822 torture/n|mistreatment/n|abuse/n of
1822 die|perish of|from|under=torture|abuse|beating|beatings|mistreatment
1823 kill|murder|slay|slaughter|massacre|lynch|behead|decapitate|execute|hang|strangle|stab|bludgeon|hack|burn obj
1823 beat|stab|hack obj to=death
1823 killing/n|murder/n|slaying/n|lynching/n|beheading/n|execution/n of
1823 die|perish at=hands
183 bomb|blow_up|car-bomb|firebomb|dynamite obj
183 explode|detonate|set_off|plant|trigger|hurl|throw obj=bomb|bombs|explosive|explosives|device|devices|ied|ieds|grenade|grenades|mine|landmine|car_bomb|booby_trap|charge|charges
183 explode|detonate|go_off|blow_up notarget
183 bombing/n|bomb/n|blast/n|explosion/n|bomb_attack/n in|at|on|near|outside|against
183 carry_out|claim|stage|mount|commit obj=bombing|bombings|bomb_attack|blast|blasts
1831 kill|wound|injure subj=suicide obj
183 kill|wound|injure|destroy|damage subj=bomb|bombs|blast|blasts|explosion|explosions|bomber|bombers|bombing|bombings|grenade|grenades|device|mine|minefield|landmine|landmines|ied obj
183 bomber/n|bombers/n
1831 blow_up|detonate notarget subj=suicide_bomber|bomber|bombers
1831 carry_out|stage|claim|commit obj=suicide_bombing|suicide_attack|suicide_bombings|suicide_attacks|martyrdom_operation
1831 suicide_bombing/n|suicide_attack/n|suicide_bomber/n in|at|on
1832 car_bombing/n|car_bomb/n in|at|outside|near
1832 explode|detonate|plant|set_off|drive obj=car_bomb|car_bombs|truck_bomb|vehicle|car|truck|van
1833 plant|lay|bury obj=mine|mines|landmine|landmines|roadside_bomb|roadside_bombs|ied|ieds|explosive|explosives
1833 roadside_bomb/n|roadside_bombing/n|ied/n|landmine/n|mine/n
1833 kill|wound|injure|hit|strike|destroy subj=roadside_bomb|landmine|landmines|mine|mines|minefield|ied|ieds obj
1834 bomb|attack|target|strike obj=market|mosque|church|school|hospital|bus|station|hotel|restaurant|cafe|embassy|building|office|checkpoint|police_station
184 use obj=@person|civilians|prisoners|hostages|children|residents|villagers as=shield|shields|human_shield|human_shields
184 human_shield/n|human_shields/n
185 try|attempt|plot|seek inf=kill|assassinate|murder|eliminate
185 survive|escape|foil|thwart obj=assassination_attempt|assassination|attempt|plot|attack|ambush
185 assassination_attempt/n|attempt/n on
185 target obj=motorcade|convoy|car|residence|office|home|house
186 assassinate|murder|eliminate|kill|gun_down|shoot_dead|take_out obj=@leader|leader|leaders|president|minister|official|officials|governor|mayor|judge|general|commander|chief|politician|politicians|journalist|activist|cleric|prosecutor|candidate|envoy|ambassador|diplomat|scientist|lawmaker
186 assassinate obj
186 assassination/n|murder/n|killing/n of=@leader|leader|president|minister|official|governor|mayor|judge|general|commander|politician|journalist|activist|cleric|prosecutor|candidate|ambassador|scientist

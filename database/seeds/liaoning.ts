/**
 * Reference data for the demo: Liaoning's 14 cities (GB/T 2260 codes) and
 * some of their districts and counties. Enterprises, people and projects are
 * fictional; their credit codes and ID numbers are built to pass the checks.
 */
export const PROVINCE = { name: '辽宁省', code: '210000' }

export const CITIES: readonly { name: string; code: string; counties: [string, string][] }[] = [
  { name: '沈阳市', code: '210100', counties: [['和平区', '210102'], ['沈河区', '210103'], ['浑南区', '210112'], ['于洪区', '210114']] },
  { name: '大连市', code: '210200', counties: [['中山区', '210202'], ['甘井子区', '210211'], ['金州区', '210213']] },
  { name: '鞍山市', code: '210300', counties: [['铁东区', '210302'], ['海城市', '210381']] },
  { name: '抚顺市', code: '210400', counties: [['新抚区', '210402']] },
  { name: '本溪市', code: '210500', counties: [['平山区', '210502']] },
  { name: '丹东市', code: '210600', counties: [['振兴区', '210603']] },
  { name: '锦州市', code: '210700', counties: [['古塔区', '210702']] },
  { name: '营口市', code: '210800', counties: [['站前区', '210802']] },
  { name: '阜新市', code: '210900', counties: [['海州区', '210902']] },
  { name: '辽阳市', code: '211000', counties: [['白塔区', '211002']] },
  { name: '盘锦市', code: '211100', counties: [['兴隆台区', '211103']] },
  { name: '铁岭市', code: '211200', counties: [['银州区', '211202']] },
  { name: '朝阳市', code: '211300', counties: [['双塔区', '211302']] },
  { name: '葫芦岛市', code: '211400', counties: [['龙港区', '211403']] },
]

/** [key, name, enterprise type, region code] */
export const ENTERPRISES: readonly [string, string, string, string][] = [
  ['hongji', '辽宁宏基建设集团有限公司', 'contractor', '210102'],
  ['chengjian', '沈阳城建置业有限公司', 'owner', '210103'],
  ['zhengxin', '辽宁正信工程监理有限公司', 'supervising_engineer', '210102'],
  ['sydesign', '沈阳市筑城建筑设计院有限公司', 'designer', '210103'],
  ['dikan', '辽宁地勘岩土工程有限公司', 'surveyor', '210112'],
  ['jianke', '辽宁建科工程检测有限公司', 'testing_agency', '210112'],
  ['haiwan', '大连海湾建设工程有限公司', 'contractor', '210211'],
  ['gangcheng', '大连港城置业发展有限公司', 'owner', '210202'],
  ['anqi', '辽宁安起起重设备安装有限公司', 'crane_installer', '210114'],
  ['henggu', '辽宁恒固建筑构件有限公司', 'prefabrication', '210114'],
  ['beifang', '沈阳北方商品混凝土有限公司', 'concrete', '210112'],
  ['gangdu', '鞍山钢都建筑工程有限公司', 'contractor', '210302'],
  ['huaxin', '大连华信工程监理有限公司', 'supervising_engineer', '210211'],
]

/** [code serial, name, category, county code, lat, lng, parties as [role, enterprise key]] */
export const PROJECTS: readonly [number, string, string, string, number, number, [string, string][]][] = [
  [1, '长白岛滨河住宅小区一期工程', '01', '210102', 41.7712, 123.3811, [['owner', 'chengjian'], ['contractor', 'hongji'], ['supervising_engineer', 'zhengxin'], ['designer', 'sydesign'], ['surveyor', 'dikan'], ['testing_agency', 'jianke']]],
  [2, '浑南科技城研发综合楼', '01', '210112', 41.7153, 123.4612, [['owner', 'chengjian'], ['contractor', 'hongji'], ['supervising_engineer', 'zhengxin'], ['concrete', 'beifang']]],
  [3, '于洪区沈新路市政道路改造工程', '02', '210114', 41.7941, 123.3103, [['owner', 'chengjian'], ['contractor', 'gangdu'], ['supervising_engineer', 'zhengxin']]],
  [4, '甘井子区红旗小学新建工程', '01', '210211', 38.9401, 121.5822, [['owner', 'gangcheng'], ['contractor', 'haiwan'], ['supervising_engineer', 'huaxin']]],
  [5, '中山区滨海商业综合体', '01', '210202', 38.9188, 121.6553, [['owner', 'gangcheng'], ['contractor', 'haiwan'], ['supervising_engineer', 'huaxin'], ['crane_installer', 'anqi'], ['prefabrication', 'henggu']]],
  [6, '铁东区保障性住房项目', '01', '210302', 41.1103, 122.9921, [['owner', 'gangdu'], ['contractor', 'gangdu']]],
]

/** [full name, enterprise key, position, birth date, mobile, certificates as [kind, number, issued]] */
export const PEOPLE: readonly [string, string, string, string, string, [string, string, string][]][] = [
  ['张建国', 'hongji', '项目经理', '19780315', '13840001001', [['registered_constructor', '辽1212018000123', '2018-06-01'], ['safety_manager_b', '辽建安B(2020)0001234', '2020-03-10']]],
  ['李明', 'hongji', '专职安全生产管理人员', '19880722', '13840001002', [['safety_manager_c2', '辽建安C2(2021)0012345', '2021-05-20']]],
  ['王海涛', 'zhengxin', '总监理工程师', '19750911', '13840001003', [['registered_supervisor', '21006789', '2016-09-01']]],
  ['赵强', 'anqi', '塔式起重机司机', '19901103', '13840001004', [['special_operation', '辽A052021000123', '2021-07-15']]],
]

/** Demo accounts: [username, full name, role code, organization key] (keys resolved by the seeder). */
export const DEMO_USERS: readonly [string, string, string, string][] = [
  ['sysadmin', '系统管理员', 'system_admin', 'province'],
  ['secadmin', '安全管理员', 'security_admin', 'province'],
  ['auditor', '审计管理员', 'audit_admin', 'province'],
  ['ln.supervisor', '省质监站监督员', 'supervisor', 'quality:210000'],
  ['sy.supervisor', '沈阳市质监站监督员', 'supervisor', 'quality:210100'],
  ['hp.supervisor', '和平区质监站监督员', 'supervisor', 'quality:210102'],
  ['hn.supervisor', '浑南区安监站监督员', 'supervisor', 'safety:210112'],
  ['hp.chief', '和平区质监站站长', 'station_chief', 'quality:210102'],
  ['dl.supervisor', '大连市质监站监督员', 'supervisor', 'quality:210200'],
  ['hongji.user', '宏基建设资料员', 'enterprise_user', 'enterprise:hongji'],
  ['chengjian.user', '城建置业工程部', 'enterprise_user', 'enterprise:chengjian'],
  ['haiwan.user', '海湾建设资料员', 'enterprise_user', 'enterprise:haiwan'],
  ['worker', '流程引擎服务账号', 'engine_worker', 'province'],
]

/** 行政执法证号 and office phone of the demo supervisors: [username, certificate, mobile] */
export const DEMO_ENFORCERS: readonly [string, string, string][] = [
  ['ln.supervisor', '辽建执210000001', '13840002001'],
  ['sy.supervisor', '辽建执210100007', '13840002002'],
  ['hp.supervisor', '辽建执210102017', '13840002003'],
  ['hn.supervisor', '辽建执210112004', '13840002004'],
  ['hp.chief', '辽建执210102001', '13840002005'],
  ['dl.supervisor', '辽建执210200011', '13840002006'],
]

/** The password of every demo account; it meets the password policy. */
export const DEMO_PASSWORD = 'Zhian@2026'

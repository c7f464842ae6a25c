# ruff: noqa: E501  (the authored report sentences are data: one per line)
"""Generate the theme benchmark's twelfth set: invented districts and communes of another invented
province (tỉnh Hòa Thạch) reporting on another programme (the One Commune One Product programme,
"Chương trình Mỗi xã một sản phẩm (OCOP)", and rural economic development, year 2025: products
rated 3 and 4 stars, cooperatives as OCOP subjects, QR-code traceability, packaging and labels,
trade fairs and promotion, e-commerce platforms and livestream sales, raw-material areas, credit
for producers, production-consumption linkages, revenue and rural incomes).

Written by a helper blind to the method (no clustering, theme finding or labelling was run on it
while it was written, and the method's code and resources were not read), and held out: never used
to choose methods or parameters, only to say how what was chosen on the other sets does on words
nobody looked at. Every sentence below was written for this set; the same structure and machinery
as ``generate_set6.py`` (planted points with several phrasings of different structure and wording,
distractors that share words with a planted point but not its point, singletons), none of the other
sets' sentences, districts or communes.

    python benchmarks/themes_data/generate_set12.py      # rewrites reports_set12/*.txt and *.jsonl (seed 173)
"""

from __future__ import annotations

from pathlib import Path

from generate import Programme, write_reports

HERE = Path(__file__).resolve().parent
OUT = HERE / "reports_set12"
N_REPORTS = 42
SEED = 173

RESULTS: dict[str, list[str]] = {
    "R_sanpham": [
        "Có thêm {n} sản phẩm của {unit} được Hội đồng đánh giá, phân hạng công nhận đạt chuẩn OCOP, phần lớn xếp hạng 3 sao.",
        "Công tác đánh giá, phân hạng sản phẩm được tổ chức đúng quy trình; trong năm có {n} sản phẩm đạt từ 3 đến 4 sao.",
        "Số sản phẩm mới được cấp giấy chứng nhận OCOP trong năm là {n}, vượt chỉ tiêu kế hoạch đề ra.",
        "{n} sản phẩm của các chủ thể trên địa bàn đã đạt chuẩn OCOP, tiêu biểu như gạo nếp cái hoa vàng, tinh bột nghệ, bưởi đỏ, rượu men lá, trong đó một số sản phẩm đạt 4 sao cấp tỉnh.",
    ],
    "R_xuctien": [
        "Tổ chức và tham gia {k} hội chợ, triển lãm, tuần hàng OCOP trong và ngoài tỉnh, giới thiệu những sản phẩm đặc trưng của {unit}.",
        "Các chủ thể được hỗ trợ đưa sản phẩm đi trưng bày tại {k} hội chợ xúc tiến thương mại, doanh số bán hàng tại các hội chợ đạt {tr} triệu đồng.",
        "Hoạt động kết nối cung cầu được đẩy mạnh: {n} gian hàng nông sản, đặc sản của địa phương đã có mặt tại Hội chợ nông nghiệp vùng và Tuần lễ sản phẩm OCOP tổ chức ở Hà Nội.",
        "Phối hợp với Trung tâm Xúc tiến thương mại tỉnh đưa hàng của các cơ sở đi dự {k} phiên hội chợ, phiên chợ nông sản, qua đó ký được nhiều đơn hàng mới.",
    ],
    "R_htx": [
        "Thành lập mới {k} hợp tác xã nông nghiệp với {tr} thành viên, phần lớn gắn với sản phẩm OCOP của địa phương.",
        "Kinh tế tập thể tiếp tục được củng cố, {p}% hợp tác xã được xếp loại hoạt động khá, tốt, nhiều hợp tác xã đứng ra làm chủ thể sản phẩm OCOP.",
        "Các hợp tác xã đã kiện toàn bộ máy, tổ chức lại hoạt động theo Luật Hợp tác xã năm 2023; số chủ thể OCOP là hợp tác xã chiếm {p}%.",
        "Đã giúp {k} tổ hợp tác nâng lên thành hợp tác xã, tạo điều kiện để các hộ sản xuất nhỏ liên kết lại, cùng đăng ký sản phẩm tham gia chương trình.",
    ],
    "R_tmdt": [
        "Các sản phẩm OCOP của {unit} đã có gian hàng trên sàn Postmart, Voso, Shopee; {n} sản phẩm được bán trực tuyến thường xuyên.",
        "Nhiều chủ thể chủ động bán hàng qua livestream trên Facebook, TikTok, doanh thu từ kênh trực tuyến chiếm khoảng {low}% tổng doanh thu.",
        "Phối hợp với Bưu điện và Viettel Post mở gian hàng số cho {k} chủ thể, hướng dẫn đăng ảnh, viết mô tả sản phẩm, nhận và giao đơn qua mạng.",
        "Kênh tiêu thụ qua internet phát triển nhanh, trong năm có {m} đơn hàng nông sản, đặc sản được người mua đặt trên các sàn giao dịch điện tử.",
    ],
    "R_truyxuat": [
        "{p}% sản phẩm OCOP đã được gắn tem truy xuất nguồn gốc bằng mã QR.",
        "Hỗ trợ {k} chủ thể đăng ký tài khoản trên hệ thống truy xuất nguồn gốc của tỉnh, cấp {m} tem điện tử để dán lên sản phẩm.",
        "Người tiêu dùng chỉ cần quét mã trên bao bì là biết nơi trồng, ngày thu hoạch và quy trình chế biến của {n} mặt hàng đặc sản địa phương.",
        "Việc minh bạch thông tin sản phẩm được quan tâm, các cơ sở đã cập nhật nhật ký sản xuất điện tử, bảo đảm truy vết được từ vùng trồng đến tay người mua.",
    ],
    "R_taphuan": [
        "Mở {n} lớp tập huấn về Chương trình OCOP cho {m} lượt cán bộ và chủ thể sản xuất, nội dung gồm quy trình đánh giá sản phẩm, xây dựng hồ sơ, kỹ năng bán hàng.",
        "Công tác bồi dưỡng năng lực cho chủ thể được chú trọng: {m} lượt thành viên hợp tác xã, chủ hộ kinh doanh được hướng dẫn quản trị, hạch toán và tiếp thị sản phẩm.",
        "Phối hợp với Liên minh Hợp tác xã tỉnh đưa {k} giám đốc hợp tác xã đi tham quan, học hỏi cách làm sản phẩm OCOP ở các tỉnh bạn.",
        "Người sản xuất tham gia chương trình được trang bị kiến thức về an toàn thực phẩm, tiêu chuẩn chất lượng và cách hoàn thiện hồ sơ dự thi qua {n} khóa học ngắn ngày.",
    ],
    "R_vungnguyenlieu": [
        "Hình thành vùng nguyên liệu tập trung với diện tích {m} ha, phục vụ chế biến các sản phẩm OCOP chủ lực.",
        "Diện tích cây ăn quả, chè, dược liệu sản xuất theo tiêu chuẩn VietGAP, hữu cơ đạt {m} ha, bảo đảm nguồn hàng sạch, ổn định cho các cơ sở chế biến.",
        "Đã quy hoạch {k} vùng sản xuất hàng hóa gắn với sản phẩm OCOP, trong năm được cấp thêm {n} mã số vùng trồng.",
        "Bà con dồn điền, đổi thửa và canh tác theo một quy trình chung, tạo nên những cánh đồng nghệ, sả, bưởi quy mô lớn cung ứng cho hợp tác xã chế biến.",
    ],
    "R_lienket": [
        "Xây dựng được {n} chuỗi liên kết sản xuất gắn với tiêu thụ sản phẩm, thu hút {m} hộ dân tham gia.",
        "Các hợp tác xã đã ký hợp đồng bao tiêu với doanh nghiệp, bảo đảm đầu ra ổn định cho {p}% sản lượng nông sản của thành viên.",
        "Nhiều doanh nghiệp về đầu tư, cung ứng giống, vật tư và thu mua lại sản phẩm cho nông dân theo giá thỏa thuận từ đầu vụ, hạn chế cảnh được mùa mất giá.",
        "Có {k} doanh nghiệp, hợp tác xã cam kết mua hết nông sản của các hộ sản xuất theo hợp đồng, hàng được thu gom ngay tại ruộng, tại vườn.",
    ],
    "R_baobi": [
        "Hỗ trợ thiết kế, in ấn bao bì, nhãn mác cho {n} sản phẩm OCOP.",
        "Mẫu mã sản phẩm được cải tiến rõ rệt, nhiều cơ sở đã chuyển sang hộp giấy, túi hút chân không, nhãn in đủ thành phần, hạn sử dụng và địa chỉ nơi sản xuất.",
        "Thông qua chương trình, {k} chủ thể được hỗ trợ thuê đơn vị chuyên nghiệp làm lại logo, bộ nhận diện và hình thức đóng gói, đủ điều kiện đưa hàng vào siêu thị.",
    ],
    "R_tindung": [
        "Ngân hàng Chính sách xã hội và Ngân hàng Nông nghiệp cho các hộ, hợp tác xã vay {x} tỷ đồng để đầu tư sản xuất sản phẩm OCOP.",
        "Quỹ Hỗ trợ nông dân giải ngân {tr} triệu đồng cho {k} dự án chăn nuôi, chế biến nông sản của hội viên.",
        "Nguồn vốn tín dụng ưu đãi tiếp tục phát huy hiệu quả, dư nợ cho vay phát triển nông nghiệp, nông thôn đạt {x} tỷ đồng, giúp nhiều chủ thể mở rộng nhà xưởng, mua máy móc.",
        "Các chủ thể OCOP được tạo điều kiện vay vốn không cần tài sản bảo đảm theo chính sách của tỉnh, tổng số tiền đã vay là {x} tỷ đồng.",
    ],
    "R_hotro": [
        "Ngân sách đã bố trí {x} tỷ đồng hỗ trợ các chủ thể OCOP đầu tư máy móc, thiết bị, nhà xưởng theo Nghị quyết của Hội đồng nhân dân tỉnh.",
        "Tổng kinh phí thực hiện Chương trình OCOP trong năm là {x} tỷ đồng, gồm phần ngân sách hỗ trợ và vốn đối ứng của các chủ thể.",
        "Từ nguồn vốn sự nghiệp của Chương trình mục tiêu quốc gia xây dựng nông thôn mới, {k} cơ sở được cấp kinh phí mua máy sấy, máy đóng gói, tủ cấp đông.",
    ],
    "R_doanhthu": [
        "Doanh thu từ các sản phẩm OCOP năm 2025 ước đạt {x} tỷ đồng, tăng {low}% so với năm trước.",
        "Hàng mang nhãn OCOP đem lại tổng doanh số {x} tỷ đồng cho các chủ thể, lợi nhuận khá hơn nhờ giá bán cao hơn hàng thông thường.",
        "Sau khi được công nhận, giá bán nhiều mặt hàng tăng từ 10 đến 30%, tổng giá trị tiêu thụ đạt khoảng {x} tỷ đồng.",
    ],
    "R_thunhap": [
        "Thu nhập bình quân của người dân nông thôn tăng khoảng {low}% so với năm 2024, đời sống vật chất, tinh thần được nâng lên.",
        "Kinh tế nông thôn có bước phát triển, đời sống của nhân dân được cải thiện, tỷ lệ hộ nghèo giảm xuống còn {x}%.",
        "Các cơ sở sản xuất, chế biến đã tạo việc làm ổn định cho {m} lao động tại chỗ, góp phần tăng thu nhập cho người dân vùng nông thôn.",
    ],
    "R_dulich": [
        "Gắn sản phẩm OCOP với phát triển du lịch nông thôn, hình thành {k} điểm du lịch cộng đồng, du lịch trải nghiệm tại làng nghề, vườn cây ăn quả.",
        "Khách tham quan về các làng nghề, nhà vườn ngày càng đông, vừa trải nghiệm làm bánh, hái quả vừa mua đặc sản về làm quà.",
    ],
}
RESULTS_DISTRACT: dict[str, list[str]] = {
    "RD_danhgialai": [
        "Tổ chức đánh giá lại {k} sản phẩm OCOP có giấy chứng nhận đã hết thời hạn 36 tháng, các sản phẩm đều giữ được hạng sao cũ.",
        "Rà soát những sản phẩm có giấy chứng nhận OCOP hết hiệu lực, hướng dẫn chủ thể bổ sung hồ sơ để được xét công nhận lại.",
    ],
    "RD_nhanhieu": [
        "Hoàn thành thủ tục đăng ký nhãn hiệu chứng nhận cho bưởi đỏ và nhãn hiệu tập thể cho gạo nếp của địa phương tại Cục Sở hữu trí tuệ.",
        "Hỗ trợ {k} sản phẩm được cấp văn bằng bảo hộ nhãn hiệu, góp phần giữ uy tín cho đặc sản của vùng.",
    ],
    "RD_cho": [
        "Cải tạo, nâng cấp {k} chợ nông thôn, tạo điều kiện cho người dân trao đổi, mua bán hàng hóa.",
        "Hạ tầng thương mại nông thôn được đầu tư, chợ trung tâm xã được xây mới với {n} ki-ốt và khu bán hàng có mái che.",
    ],
}

LIMITATIONS: dict[str, list[str]] = {
    "L_quymo": [
        "Phần lớn sản phẩm OCOP được sản xuất ở quy mô nhỏ, hộ gia đình, sản lượng không đủ đáp ứng các đơn hàng lớn.",
        "Quy mô sản xuất của các chủ thể còn manh mún, mang tính thời vụ, nhiều mặt hàng chỉ có trong vài tháng của năm.",
        "Năng lực sản xuất hạn chế nên khi nhà phân phối đặt số lượng lớn, các cơ sở không dám ký hợp đồng vì sợ không đủ hàng giao.",
        "Còn tới {p}% chủ thể là hộ sản xuất, cơ sở nhỏ lẻ với thiết bị thô sơ, chủ yếu làm thủ công.",
    ],
    "L_htxyeu": [
        "Năng lực quản trị của nhiều hợp tác xã còn yếu, ban quản trị chưa qua đào tạo bài bản, chưa xây dựng được phương án sản xuất kinh doanh.",
        "Một số hợp tác xã thành lập xong hoạt động cầm chừng, thiếu vốn, thiếu người có chuyên môn, chưa đủ sức làm chủ thể sản phẩm.",
        "Kinh tế tập thể phát triển chưa tương xứng, vẫn còn {k} hợp tác xã yếu kém hoặc ngừng hoạt động nhưng chưa làm thủ tục giải thể.",
        "Gắn kết giữa hợp tác xã với thành viên lỏng lẻo, nhiều người góp vốn chỉ cho đủ thủ tục chứ chưa thực sự tham gia hoạt động chung.",
    ],
    "L_tieuthu": [
        "Thị trường tiêu thụ sản phẩm OCOP còn hẹp, chủ yếu bán lẻ tại địa phương và làm quà biếu, chưa vào được các chuỗi siêu thị lớn.",
        "Đầu ra cho nông sản thiếu ổn định, giá cả bấp bênh, có thời điểm hàng ứ đọng phải bán dưới giá thành.",
        "Việc tiêu thụ gặp nhiều khó khăn do sức cạnh tranh yếu, hàng của địa phương khó chen chân vào hệ thống phân phối hiện đại.",
        "Nhiều sản phẩm sau khi đạt sao vẫn chưa tìm được kênh bán ổn định, lượng hàng bán ra trong năm thấp hơn kỳ vọng.",
    ],
    "L_vonvay": [
        "Các chủ thể khó tiếp cận nguồn vốn vay do không có tài sản thế chấp, thủ tục vay còn phức tạp.",
        "Vốn đầu tư cho sản xuất, chế biến còn thiếu; hạn mức vay ưu đãi thấp, thời hạn ngắn, không đủ để xây nhà xưởng, mua dây chuyền.",
        "Hợp tác xã và hộ sản xuất muốn mở rộng quy mô nhưng ngân hàng yêu cầu phương án kinh doanh, báo cáo tài chính mà chủ thể không tự lập được.",
        "Tín dụng vẫn là điểm nghẽn: không ít bộ hồ sơ xin vay của hợp tác xã bị từ chối vì thiếu tài sản bảo đảm.",
    ],
    "L_baobi": [
        "Bao bì, nhãn mác của nhiều sản phẩm còn đơn giản, kém hấp dẫn, chưa đáp ứng yêu cầu của các kênh phân phối hiện đại.",
        "Mẫu mã sản phẩm chậm được cải tiến; chi phí thiết kế, in ấn bao bì cao so với khả năng của hộ sản xuất nhỏ.",
        "Một số mặt hàng vẫn đóng gói thủ công bằng túi ni lông, nhãn thiếu các thông tin bắt buộc như hạn dùng, thành phần, nơi sản xuất.",
        "Hình thức đóng gói chưa tương xứng với chất lượng bên trong, hàng ngon nhưng trông sơ sài nên khó bán được giá cao.",
    ],
    "L_tmdt": [
        "Việc bán hàng qua sàn thương mại điện tử còn hạn chế, phần lớn chủ thể là người lớn tuổi, chưa quen dùng điện thoại thông minh để giao dịch.",
        "Sản phẩm đã lên sàn nhưng đơn đặt mua rất ít, nhiều gian hàng trực tuyến lập ra rồi bỏ đó, không cập nhật.",
        "Kỹ năng tiếp thị trên mạng, chụp ảnh, livestream của các cơ sở còn yếu; cước vận chuyển hàng nhỏ lẻ lại cao.",
        "Người sản xuất chưa mặn mà với kênh bán hàng online vì khó cạnh tranh về giá với hàng trôi nổi trên mạng.",
    ],
    "L_nguyenlieu": [
        "Vùng nguyên liệu còn phân tán, chưa ổn định, chất lượng nguyên liệu không đồng đều giữa các hộ.",
        "Nhiều cơ sở chế biến phải mua nguyên liệu từ nơi khác vì diện tích trồng tại chỗ nhỏ, không chủ động được nguồn hàng đầu vào.",
        "Diện tích sản xuất đạt chứng nhận VietGAP, hữu cơ mới chiếm khoảng {low}%, khó đáp ứng tiêu chí về nguồn gốc nguyên liệu khi nâng hạng sao.",
    ],
    "L_duytri": [
        "Sau khi được công nhận, một số chủ thể không duy trì được chất lượng như lúc đánh giá, có sản phẩm đã ngừng sản xuất.",
        "Công tác kiểm tra, giám sát sau chứng nhận OCOP chưa thường xuyên, chưa kịp thời phát hiện sản phẩm không còn bảo đảm tiêu chuẩn.",
        "Có nơi còn chạy theo số lượng sản phẩm để đạt chỉ tiêu, đầu tư cho chiều sâu và chất lượng chưa tương xứng.",
        "Việc quản lý sản phẩm sau chứng nhận còn lỏng lẻo: có chủ thể tự ý thay đổi công thức, mẫu mã nhưng vẫn dán nhãn OCOP.",
    ],
    "L_canbo": [
        "Cán bộ theo dõi Chương trình OCOP ở cấp xã chủ yếu kiêm nhiệm, thay đổi nhiều sau sắp xếp bộ máy, chưa được đào tạo chuyên sâu.",
        "Đội ngũ làm công tác tư vấn, giúp chủ thể xây dựng hồ sơ sản phẩm còn mỏng, thiếu hiểu biết về thị trường.",
    ],
    "L_thoitiet": [
        "Nguyên nhân khách quan là thời tiết diễn biến bất thường, mưa bão cuối năm gây thiệt hại cho cây trồng, ảnh hưởng đến nguồn nguyên liệu.",
        "Các đợt mưa lớn, lũ quét trong năm làm hư hại nhiều diện tích cây ăn quả, chè, dược liệu, sản lượng giảm mạnh.",
        "Nắng hạn kéo dài đầu năm rồi rét đậm, rét hại cuối năm khiến cây trồng sinh trưởng kém, nhiều hộ mất mùa.",
    ],
}
LIMITATIONS_DISTRACT: dict[str, list[str]] = {
    "LD_dichbenh": [
        "Dịch tả lợn châu Phi tái phát tại {k} thôn, buộc phải tiêu hủy hơn {tr} con lợn.",
        "Dịch bệnh trên đàn gia súc, gia cầm vẫn tiềm ẩn nguy cơ bùng phát, tỷ lệ tiêm phòng chưa đạt yêu cầu.",
    ],
    "LD_giaingan": [
        "Nguồn vốn sự nghiệp hỗ trợ phát triển sản xuất được giao muộn, đến cuối năm mới giải ngân được {low}%, nhiều dự án phải chuyển nguồn sang năm sau.",
        "Hướng dẫn thanh, quyết toán vốn hỗ trợ dự án liên kết chưa rõ ràng nên các xã lúng túng, không dám giải ngân.",
    ],
}

SOLUTIONS: dict[str, list[str]] = {
    "S_phattrien": [
        "Tiếp tục rà soát, lựa chọn những sản phẩm có lợi thế để hỗ trợ hoàn thiện, phấn đấu có thêm {k} sản phẩm đạt chuẩn OCOP từ 3 sao trở lên.",
        "Đẩy mạnh phát triển sản phẩm OCOP theo chiều sâu, vừa công nhận sản phẩm mới vừa nâng hạng các sản phẩm đã có lên 4 sao.",
        "Phấn đấu phát triển mới ít nhất {k} sản phẩm OCOP, đồng thời chọn một đến hai sản phẩm tiêu biểu để đầu tư nâng lên 4 sao.",
        "Khuyến khích các hộ, cơ sở, hợp tác xã khai thác đặc sản, nghề truyền thống của từng thôn để đăng ký tham gia đánh giá, phân hạng sản phẩm.",
    ],
    "S_xuctien": [
        "Tăng cường xúc tiến thương mại, hỗ trợ chủ thể tham gia hội chợ, triển lãm, tuần hàng trong và ngoài tỉnh.",
        "Tổ chức các hoạt động kết nối cung cầu, đưa sản phẩm OCOP của địa phương đến với nhà phân phối, siêu thị, bếp ăn tập thể.",
        "Xây dựng điểm giới thiệu và bán sản phẩm OCOP tại trung tâm {unit} và các điểm dừng chân du lịch.",
        "Đẩy mạnh quảng bá hình ảnh sản phẩm đặc trưng qua các sự kiện văn hóa, lễ hội, phiên chợ nông sản để mở rộng thị trường.",
    ],
    "S_htx": [
        "Củng cố, nâng cao hiệu quả hoạt động của các hợp tác xã, khuyến khích hợp tác xã làm chủ thể sản phẩm OCOP.",
        "Hỗ trợ thành lập mới hợp tác xã ở những nơi có sản phẩm đặc trưng, giải thể các hợp tác xã chỉ tồn tại trên danh nghĩa.",
        "Đổi mới phương thức quản trị của hợp tác xã, đưa cán bộ trẻ có trình độ về làm việc, tăng cường gắn kết giữa các thành viên.",
        "Phát triển kinh tế tập thể theo hướng lấy hợp tác xã làm hạt nhân tổ chức sản xuất, chế biến và tiêu thụ cho các hộ thành viên.",
    ],
    "S_tmdt": [
        "Hướng dẫn các chủ thể đưa sản phẩm lên sàn thương mại điện tử, khai thác hiệu quả kênh bán hàng trực tuyến.",
        "Phối hợp với Bưu điện, doanh nghiệp công nghệ hướng dẫn hợp tác xã bán hàng qua livestream và tự quản lý gian hàng số.",
        "Mỗi chủ thể OCOP phấn đấu có ít nhất một kênh bán hàng trên mạng, gắn với thanh toán không dùng tiền mặt và giao hàng tận nơi.",
        "Ứng dụng chuyển đổi số trong tiêu thụ nông sản, xây dựng gian hàng chung của {unit} trên các nền tảng Postmart, Voso.",
    ],
    "S_vungnguyenlieu": [
        "Quy hoạch và phát triển vùng nguyên liệu tập trung, ổn định để phục vụ chế biến sản phẩm OCOP.",
        "Khuyến khích người dân mở rộng diện tích sản xuất theo tiêu chuẩn VietGAP, hữu cơ, cấp mã số vùng trồng cho cây trồng chủ lực.",
        "Gắn phát triển sản phẩm OCOP với bảo đảm nguồn nguyên liệu tại chỗ, tránh tình trạng cơ sở chế biến phải mua hàng trôi nổi.",
        "Hỗ trợ giống, kỹ thuật để hình thành các vùng trồng nghệ, bưởi, chè đủ lớn, cung cấp nguyên liệu đạt chuẩn cho hợp tác xã.",
    ],
    "S_tindung": [
        "Đề nghị các ngân hàng tạo điều kiện cho chủ thể OCOP vay vốn ưu đãi, đơn giản hóa thủ tục, nâng mức cho vay không có tài sản bảo đảm.",
        "Kiến nghị tỉnh bổ sung nguồn vốn ủy thác qua Ngân hàng Chính sách xã hội và Quỹ Hỗ trợ nông dân để các hộ, hợp tác xã có vốn phát triển sản xuất.",
        "Tăng cường kết nối giữa ngân hàng với hợp tác xã, giúp hợp tác xã lập được phương án vay khả thi.",
        "Đề xuất cơ chế cho vay theo chuỗi giá trị, lấy hợp đồng tiêu thụ làm căn cứ để hợp tác xã được giải ngân.",
    ],
    "S_haukiem": [
        "Tăng cường kiểm tra, giám sát sau công nhận, kiên quyết thu hồi giấy chứng nhận đối với sản phẩm không duy trì được chất lượng.",
        "Quản lý chặt chẽ chất lượng sản phẩm OCOP đã được chứng nhận, định kỳ lấy mẫu kiểm nghiệm và kiểm tra việc sử dụng nhãn OCOP.",
        "Yêu cầu các chủ thể cam kết giữ ổn định chất lượng, quy trình sản xuất như khi được đánh giá; hậu kiểm ít nhất mỗi năm một lần.",
        "Thành lập tổ kiểm tra liên ngành rà soát các sản phẩm OCOP đang lưu thông, xử lý nghiêm việc dán nhãn sai quy định.",
    ],
    "S_taphuan": [
        "Tổ chức tập huấn cho chủ thể OCOP về quản trị, marketing, xây dựng câu chuyện sản phẩm.",
        "Tăng cường bồi dưỡng kiến thức, kỹ năng kinh doanh cho giám đốc hợp tác xã, chủ cơ sở sản xuất và cán bộ phụ trách OCOP ở xã.",
        "Cử cán bộ và chủ thể đi học tập mô hình OCOP tiêu biểu ở các địa phương làm tốt.",
        "Mở các lớp ngắn hạn giúp người sản xuất nắm quy định về vệ sinh thực phẩm, công bố chất lượng và tự chuẩn bị hồ sơ sản phẩm.",
    ],
    "S_baobi": [
        "Tiếp tục hỗ trợ chủ thể cải tiến mẫu mã, bao bì, nhãn hàng hóa theo đúng quy định.",
        "Phối hợp với các đơn vị thiết kế chuyên nghiệp giúp cơ sở sản xuất làm mới hình thức đóng gói, tăng sức hút của sản phẩm trên kệ hàng.",
    ],
    "S_chinhsach": [
        "Đề nghị tỉnh sửa đổi chính sách hỗ trợ Chương trình OCOP, nâng mức hỗ trợ cho sản phẩm đạt 4 sao, 5 sao và cấp kinh phí kịp thời.",
        "Kiến nghị Ủy ban nhân dân tỉnh ban hành cơ chế hỗ trợ mới giai đoạn 2026 - 2030 cho phát triển sản phẩm OCOP và kinh tế nông thôn.",
    ],
}
SOLUTIONS_DISTRACT: dict[str, list[str]] = {
    "SD_quangbadulich": [
        "Quảng bá hình ảnh các điểm du lịch, danh thắng của {unit} trên mạng xã hội để thu hút du khách.",
        "Xây dựng tour du lịch về nguồn kết nối các di tích lịch sử trên địa bàn với các tỉnh lân cận.",
    ],
    "SD_vieclam": [
        "Tiếp tục cho vay vốn giải quyết việc làm, hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng.",
        "Phối hợp với Ngân hàng Chính sách xã hội giải ngân vốn vay tạo việc làm cho lao động nông thôn và người mới trở về từ nước ngoài.",
    ],
}

SINGLETONS: dict[str, list[str]] = {
    "results": [
        "Khánh thành nhà máy sơ chế, đóng gói bưởi công suất 20 tấn mỗi ngày tại cụm công nghiệp của huyện.",
        "Xưởng sấy lạnh dược liệu của hợp tác xã thôn Đồng Quýt được đưa vào sử dụng, thay cho phơi nắng thủ công.",
        "Lần đầu tiên một lô tinh bột nghệ của địa phương được xuất khẩu chính ngạch sang Nhật Bản.",
        "Ra mắt câu lạc bộ nữ doanh nhân nông thôn với 25 thành viên là chủ cơ sở sản xuất.",
        "Làng nghề bánh đa nem thôn Phù Lưu được công nhận là làng nghề truyền thống cấp tỉnh.",
        "Tổ chức cuộc thi ẩm thực “Hương vị quê nhà” với sự tham gia của 18 đội đến từ các thôn.",
        "Đưa vào vận hành trạm bơm điện phục vụ tưới cho cánh đồng mẫu lớn 120 ha.",
        "Một thanh niên khởi nghiệp với mô hình nuôi ong dưới tán rừng keo được Trung ương Đoàn tặng bằng khen.",
        "Thí điểm bảo hiểm nông nghiệp cho đàn bò sữa của các hộ liên kết với doanh nghiệp.",
        "Cấp {n} giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm cho các hộ chế biến nông sản.",
        "Đoàn doanh nghiệp Hàn Quốc đến khảo sát, tìm hiểu khả năng nhập khẩu rượu men lá.",
        "Xây dựng xong kho lạnh 500 tấn phục vụ bảo quản nông sản sau thu hoạch.",
        "Một nghệ nhân làng gốm được Chủ tịch nước phong tặng danh hiệu Nghệ nhân ưu tú.",
        "Hội Nông dân tổ chức diễn đàn “Nông dân với sản phẩm OCOP” có lãnh đạo tỉnh tham dự và đối thoại.",
    ],
    "limitations": [
        "Trạm biến áp của khu chế biến thường xuyên quá tải, mất điện làm hỏng cả mẻ sấy.",
        "Đường vào làng nghề hẹp, xe tải lớn không vào được để nhận hàng.",
        "Rượu truyền thống của các hộ còn vướng quy định cấp phép sản xuất rượu thủ công nhằm mục đích kinh doanh.",
        "Một số cơ sở xả nước thải chế biến tinh bột chưa qua xử lý ra kênh mương, gây ô nhiễm.",
        "Lao động trẻ đi làm công nhân ở khu công nghiệp, các làng nghề thiếu người kế nghiệp.",
        "Phí kiểm nghiệm mẫu sản phẩm tại trung tâm kiểm nghiệm của tỉnh cao, thời gian trả kết quả lâu.",
        "Chuột và ốc bươu vàng gây hại trên diện rộng ở vụ xuân.",
        "Chưa có điểm tập kết, sơ chế nông sản nên thương lái thu mua tự phát ven đường, gây mất vệ sinh.",
        "Nhiều hộ chưa đăng ký hộ kinh doanh nên không đủ điều kiện đứng tên chủ thể OCOP.",
        "Hệ thống thủy lợi nội đồng xuống cấp, một số cánh đồng chỉ cấy được một vụ.",
        "Việc thuê, nhận chuyển nhượng đất nông nghiệp để tích tụ ruộng đất còn vướng nhiều thủ tục.",
        "Một phần diện tích chè đã già cỗi, năng suất thấp nhưng người dân chưa có tiền trồng thay thế.",
        "Phần mềm quản lý sản phẩm OCOP của tỉnh hay bị lỗi khi tải hồ sơ lên.",
        "Cước vận chuyển hàng đi các tỉnh phía Nam đắt, làm giảm sức cạnh tranh của nông sản.",
    ],
    "solutions": [
        "Đề nghị tỉnh đầu tư tuyến đường vào làng nghề bánh đa để xe tải lưu thông.",
        "Khôi phục nghề dệt thổ cẩm ở hai thôn người Mường, gắn với truyền dạy cho thế hệ trẻ.",
        "Kiến nghị cho phép đặt trạm xử lý nước thải tập trung cho cụm chế biến tinh bột.",
        "Phối hợp với trường đại học nông nghiệp chọn tạo giống bưởi sạch bệnh.",
        "Đăng ký tổ chức Lễ hội bưởi lần thứ nhất vào dịp trước Tết Nguyên đán.",
        "Vận động thanh niên về quê tiếp quản cơ sở sản xuất của gia đình, hỗ trợ ý tưởng khởi nghiệp.",
        "Kiến nghị tỉnh sớm có hướng dẫn cấp phép rượu thủ công cho hộ sản xuất nhỏ.",
        "Xây dựng cơ sở dữ liệu về làng nghề và nghệ nhân trên địa bàn.",
        "Lắp đặt thêm trạm biến áp cho khu sản xuất tập trung.",
        "Khuyến khích doanh nghiệp đầu tư nhà máy chế biến phân hữu cơ từ phụ phẩm nông nghiệp.",
        "Đề nghị Trung tâm Kiểm nghiệm tỉnh giảm phí phân tích mẫu cho chủ thể lần đầu dự thi OCOP.",
        "Thí điểm mô hình thu gom, xử lý vỏ bao thuốc bảo vệ thực vật tại cánh đồng.",
        "Rà soát, sắp xếp lại các điểm bán hàng tự phát dọc quốc lộ.",
        "Nghiên cứu thành lập hội những người trồng bưởi để giữ giá và bảo vệ thương hiệu chung.",
    ],
}

PREVALENCE: dict[str, int] = {
    **dict(zip(RESULTS, (20, 18, 16, 14, 13, 11, 10, 9, 8, 7, 5, 4, 3, 2))),
    **dict(zip(LIMITATIONS, (19, 17, 15, 14, 12, 10, 8, 6, 4, 3))),
    **dict(zip(SOLUTIONS, (20, 16, 14, 12, 10, 8, 6, 4, 3, 2))),
    "RD_danhgialai": 3,
    "RD_nhanhieu": 3,
    "RD_cho": 2,
    "LD_dichbenh": 3,
    "LD_giaingan": 2,
    "SD_quangbadulich": 3,
    "SD_vieclam": 2,
}

DISTRICTS = [
    "huyện Lương Điền",
    "huyện Vạn Thạch",
    "huyện Phúc Khê Nam",
    "huyện Sơn Lộ",
    "huyện An Thạch",
    "huyện Tam Khánh",
    "huyện Cẩm Hưng",
]
COMMUNE_STEMS = [
    "Tường Lộc",
    "Phong Thạnh Hạ",
    "Kim Xuyên",
    "Đông Cao",
    "Hưng Thái",
    "Mai Lĩnh",
    "Lạc Sơn Thượng",
    "Xuân Quang Nam",
    "Tân Ước Đông",
    "Vạn Phúc Hạ",
    "Bình Khê Thượng",
    "Định Thành",
    "Hoàng Quế",
    "Thuận Mỹ Bắc",
    "Liên Châu",
    "Nghi Phong",
    "Hà Tiến",
    "An Bình Hạ",
    "Thủy Vân Tây",
    "Phước Lộc Đông",
    "Quang Trung Hạ",
    "Cát Tường",
    "Hiển Vinh",
    "Diễn Thái",
    "Sơn Kiều",
    "Trúc Lâm Đông",
    "Ngọc Khê",
    "Bảo Vinh Thượng",
    "Lê Lợi Đông",
    "Thạch Đồng Bắc",
    "Đức Phong Hạ",
    "Phú Nham",
    "Khánh Vân Bắc",
    "Tiên Động",
    "Gia Hòa Tây",
]

OPENINGS = [
    "Thực hiện Kế hoạch số {k}/KH-UBND ngày 20/01/2025 của Ủy ban nhân dân tỉnh Hòa Thạch về triển khai Chương trình Mỗi xã một sản phẩm năm 2025, {unit} báo cáo kết quả thực hiện như sau:",
    "Căn cứ Công văn số {tr}/SNNMT-PTNT ngày 28/11/2025 của Sở Nông nghiệp và Môi trường tỉnh Hòa Thạch về việc báo cáo kết quả Chương trình OCOP và phát triển kinh tế nông thôn năm 2025, {unit} báo cáo như sau:",
    "Thực hiện Quyết định số 919/QĐ-TTg ngày 01/8/2022 của Thủ tướng Chính phủ phê duyệt Chương trình Mỗi xã một sản phẩm giai đoạn 2021 - 2025 và kế hoạch của tỉnh Hòa Thạch, {unit} tổng kết kết quả thực hiện năm 2025 như sau:",
]
SUBHEADS = {
    "results": [
        "1. Công tác chỉ đạo, điều hành",
        "2. Kết quả phát triển sản phẩm OCOP",
        "3. Phát triển kinh tế nông thôn",
    ],
    "limitations": ["1. Tồn tại, hạn chế", "2. Nguyên nhân"],
    "solutions": ["1. Nhiệm vụ, giải pháp chủ yếu", "2. Đề xuất, kiến nghị"],
}
HEADINGS = {
    "results": [
        "I. KẾT QUẢ THỰC HIỆN NĂM 2025",
        "I. KẾT QUẢ TRIỂN KHAI CHƯƠNG TRÌNH OCOP VÀ PHÁT TRIỂN KINH TẾ NÔNG THÔN",
        "I. TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN",
    ],
    "limitations": [
        "II. TỒN TẠI, HẠN CHẾ",
        "II. HẠN CHẾ VÀ NGUYÊN NHÂN",
        "II. KHÓ KHĂN, VƯỚNG MẮC",
    ],
    "solutions": [
        "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026",
        "III. GIẢI PHÁP VÀ ĐỀ XUẤT, KIẾN NGHỊ",
    ],
}
LEADS = {
    "results": [
        "",
        "",
        "",
        "Trong năm, ",
        "Bên cạnh đó, ",
        "Cùng với đó, ",
        "Đáng chú ý, ",
    ],
    "limitations": ["", "", "", "Tuy nhiên, ", "Bên cạnh đó, ", "Ngoài ra, "],
    "solutions": ["", "", "", "Năm 2026, ", "Thời gian tới, ", "Bên cạnh đó, "],
}

PROGRAMME = Programme(
    part_themes={
        "results": {**RESULTS, **RESULTS_DISTRACT},
        "limitations": {**LIMITATIONS, **LIMITATIONS_DISTRACT},
        "solutions": {**SOLUTIONS, **SOLUTIONS_DISTRACT},
    },
    prevalence=PREVALENCE,
    singletons=SINGLETONS,
    districts=DISTRICTS,
    commune_stems=COMMUNE_STEMS,
    openings=OPENINGS,
    headings=HEADINGS,
    subheads=SUBHEADS,
    leads=LEADS,
    title="Kết quả thực hiện Chương trình Mỗi xã một sản phẩm (OCOP) và phát triển kinh tế nông thôn năm 2025, phương hướng, nhiệm vụ năm 2026",
    date="ngày {d} tháng 12 năm 2025",
    closing="Trên đây là báo cáo kết quả thực hiện Chương trình OCOP và phát triển kinh tế nông thôn năm 2025 của {unit}.",
    recipients="Nơi nhận: Sở Nông nghiệp và Môi trường; Văn phòng Điều phối nông thôn mới tỉnh; Thường trực cấp ủy; Lưu: VT.",
    placeholder="(Kèm theo danh sách sản phẩm OCOP và biểu số liệu chi tiết)",
    proper=(
        "OCOP",
        "VietGAP",
        "Ủy ban",
        "Hội đồng",
        "Ngân hàng",
        "Quỹ ",
        "Sở ",
        "Phòng ",
        "Trung tâm",
        "Liên minh",
        "Chương trình",
        "Hội Nông dân",
        "Bưu điện",
    ),
)


def main() -> None:
    write_reports(OUT, N_REPORTS, SEED, PROGRAMME)


if __name__ == "__main__":
    main()
